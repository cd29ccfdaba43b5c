package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.participant.EmailVerified;
import io.poweralgo.api.participant.FindParticipant;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantSuspended;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.ParticipantViews;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static io.poweralgo.market.query.ParticipantDocuments.meter;
import static io.poweralgo.market.query.ParticipantDocuments.toView;

/**
 * Read model {@code participants}: one document per participant, keyed by id. Times come from the
 * events, never from the clock, and every write sets whole values, so redelivered or replayed
 * events give identical documents.
 */
@Component
@ProcessingGroup(ParticipantProjection.PROCESSING_GROUP)
public class ParticipantProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "participants";
    static final String COLLECTION = "participants";

    private final MongoCollection<Document> participants;

    public ParticipantProjection(MongoDatabase readModels) {
        this.participants = readModels.getCollection(COLLECTION);
        participants.createIndex(Indexes.ascending("status", "registeredAt"));
    }

    @EventHandler
    void on(ParticipantRegistered event, @Timestamp Instant at) {
        Document participant = new Document("_id", event.participantId().value())
                .append("role", event.role().name())
                .append("microgridId", event.microgridId().value())
                .append("displayName", event.displayName())
                .append("email", event.email().value())
                .append("emailVerified", false)
                .append("status", ParticipantStatus.PENDING_KYC.name())
                .append("meters", List.of())
                .append("registeredAt", Date.from(at))
                .append("updatedAt", Date.from(at));
        participants.replaceOne(byId(event.participantId()), participant, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(EmailVerified event, @Timestamp Instant at) {
        update(event.participantId(), at, Updates.set("emailVerified", true));
    }

    @EventHandler
    void on(KycSubmitted event, @Timestamp Instant at) {
        Document kyc = new Document("documentType", event.document().documentType().name())
                .append("documentReference", event.document().documentReference())
                .append("country", event.document().country())
                .append("submittedAt", Date.from(at));
        update(event.participantId(), at, Updates.set("kyc", kyc), status(ParticipantStatus.PENDING_KYC),
                Updates.unset("statusReason"));
    }

    @EventHandler
    void on(KycApproved event, @Timestamp Instant at) {
        update(event.participantId(), at, status(ParticipantStatus.APPROVED),
                Updates.set("algorandAddress", event.algorandAddress().value()),
                Updates.set("approvedBy", event.approvedBy().value()), Updates.unset("statusReason"));
    }

    @EventHandler
    void on(KycRejected event, @Timestamp Instant at) {
        update(event.participantId(), at, status(ParticipantStatus.REJECTED),
                Updates.set("statusReason", event.reason()), Updates.set("rejectedBy", event.rejectedBy().value()));
    }

    @EventHandler
    void on(ParticipantSuspended event, @Timestamp Instant at) {
        update(event.participantId(), at, status(ParticipantStatus.SUSPENDED),
                Updates.set("statusReason", event.reason()), Updates.set("suspendedBy", event.suspendedBy().value()));
    }

    @EventHandler
    void on(MeterLinked event, @Timestamp Instant at) {
        List<Document> meters = metersWithout(event.participantId(), event.meterId().value());
        meters.add(meter(event.meterId(), event.publicKey(), at));
        update(event.participantId(), at, Updates.set("meters", meters));
    }

    @EventHandler
    void on(MeterUnlinked event, @Timestamp Instant at) {
        update(event.participantId(), at,
                Updates.set("meters", metersWithout(event.participantId(), event.meterId().value())));
    }

    @ResetHandler
    void reset() {
        participants.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<ParticipantView> handle(FindParticipant query) {
        return Optional.ofNullable(participants.find(byId(query.participantId())).first())
                       .map(ParticipantDocuments::toView);
    }

    @QueryHandler
    public ParticipantViews handle(FindParticipantsByStatus query) {
        List<ParticipantView> page = new ArrayList<>();
        participants.find(Filters.eq("status", query.status().name()))
                    .sort(Sorts.ascending("registeredAt", "_id"))
                    .skip(query.page() * query.size())
                    .limit(query.size())
                    .forEach(doc -> page.add(toView(doc)));
        return new ParticipantViews(page);
    }

    private List<Document> metersWithout(ParticipantId participant, String meterId) {
        Document current = participants.find(byId(participant)).first();
        List<Document> meters = new ArrayList<>(current == null ? List.of() : current.getList("meters", Document.class));
        meters.removeIf(m -> meterId.equals(m.getString("meterId")));
        return meters;
    }

    private void update(ParticipantId participant, Instant at, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("updatedAt", Date.from(at)));
        participants.updateOne(byId(participant), Updates.combine(all));
    }

    private static Bson status(ParticipantStatus status) {
        return Updates.set("status", status.name());
    }

    private static Bson byId(ParticipantId participant) {
        return Filters.eq("_id", participant.value());
    }
}
