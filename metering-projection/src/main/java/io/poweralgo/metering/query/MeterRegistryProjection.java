package io.poweralgo.metering.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.FindLinkedMeters;
import io.poweralgo.api.metering.FindMeter;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.metering.MeterRegistrations;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Read model {@code meters}: which participant owns a meter and the key that signs its readings.
 * One document per meter, keyed by meter id; every write sets whole values, so a replay rebuilds
 * the same documents.
 */
@Component
@ProcessingGroup(MeterRegistryProjection.PROCESSING_GROUP)
public class MeterRegistryProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "meter-registry";
    static final String COLLECTION = "meters";

    private final MongoCollection<Document> meters;

    public MeterRegistryProjection(MongoDatabase readModels) {
        this.meters = readModels.getCollection(COLLECTION);
        meters.createIndex(Indexes.ascending("participantId"));
        meters.createIndex(Indexes.descending("linkedAt"));
    }

    @EventHandler
    void on(MeterLinked event, @Timestamp Instant linkedAt) {
        Document meter = new Document("_id", event.meterId().value())
                .append("participantId", event.participantId().value())
                .append("publicKey", event.publicKey().base64())
                .append("linkedAt", Date.from(linkedAt));
        meters.replaceOne(Filters.eq("_id", event.meterId().value()), meter, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(MeterUnlinked event) {
        meters.deleteOne(Filters.and(Filters.eq("_id", event.meterId().value()),
                Filters.eq("participantId", event.participantId().value())));
    }

    @ResetHandler
    void reset() {
        meters.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<MeterRegistration> handle(FindMeter query) {
        return Optional.ofNullable(meters.find(Filters.eq("_id", query.meterId().value())).first())
                       .map(MeterRegistryProjection::registration);
    }

    @QueryHandler
    public MeterRegistrations handle(FindLinkedMeters query) {
        List<MeterRegistration> found = new ArrayList<>();
        meters.find()
              .sort(Sorts.orderBy(Sorts.descending("linkedAt"), Sorts.ascending("_id")))
              .skip(Math.max(0, query.page()) * Math.max(1, query.size()))
              .limit(Math.max(1, query.size()))
              .forEach(doc -> found.add(registration(doc)));
        return new MeterRegistrations(found);
    }

    private static MeterRegistration registration(Document doc) {
        return new MeterRegistration(new MeterId(doc.getString("_id")), new ParticipantId(doc.getString("participantId")),
                new MeterPublicKey(doc.getString("publicKey")), doc.getDate("linkedAt").toInstant());
    }
}
