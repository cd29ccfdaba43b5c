package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.FindProvisionedMeters;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.ProvisionedMeterViews;
import io.poweralgo.api.participant.RatedPower;
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

/**
 * Read model {@code provisioned_meters}: what operators registered and who holds each meter; never a claim code.
 * A meter's registration and its holder come from different aggregates, so each event sets only its own fields and
 * an unlink clears the holder only if it is still the one unlinking: any delivery order gives the same document.
 */
@Component
@ProcessingGroup(ProvisionedMeterProjection.PROCESSING_GROUP)
public class ProvisionedMeterProjection {

    public static final String PROCESSING_GROUP = "provisioned-meters";
    static final String COLLECTION = "provisioned_meters";

    private final MongoCollection<Document> meters;

    public ProvisionedMeterProjection(MongoDatabase readModels) {
        this.meters = readModels.getCollection(COLLECTION);
        meters.createIndex(Indexes.descending("registeredAt"));
    }

    @EventHandler
    void on(MeterRegistered event, @Timestamp Instant registeredAt) {
        meters.updateOne(Filters.eq("_id", event.meterId().value()), Updates.combine(
                        Updates.set("publicKey", event.publicKey().base64()),
                        Updates.set("ratedPowerWatts", event.ratedPower().watts()),
                        Updates.set("registeredBy", event.registeredBy().value()),
                        Updates.set("registeredAt", Date.from(registeredAt))),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(MeterLinked event) {
        meters.updateOne(Filters.eq("_id", event.meterId().value()),
                Updates.set("holder", event.participantId().value()), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(MeterUnlinked event) {
        meters.updateOne(Filters.and(Filters.eq("_id", event.meterId().value()),
                Filters.eq("holder", event.participantId().value())), Updates.unset("holder"));
    }

    @ResetHandler
    void reset() {
        meters.deleteMany(new Document());
    }

    @QueryHandler
    public ProvisionedMeterViews handle(FindProvisionedMeters query) {
        List<ProvisionedMeterView> found = new ArrayList<>();
        meters.find(Filters.exists("registeredAt"))
              .sort(Sorts.orderBy(Sorts.descending("registeredAt"), Sorts.ascending("_id")))
              .skip(query.page() * query.size())
              .limit(query.size())
              .forEach(doc -> found.add(view(doc)));
        return new ProvisionedMeterViews(found);
    }

    private static ProvisionedMeterView view(Document doc) {
        String holder = doc.getString("holder");
        return new ProvisionedMeterView(new MeterId(doc.getString("_id")), new MeterPublicKey(doc.getString("publicKey")),
                RatedPower.ofWatts(doc.getLong("ratedPowerWatts")), new OperatorId(doc.getString("registeredBy")),
                doc.getDate("registeredAt").toInstant(), holder == null ? null : new ParticipantId(holder));
    }
}
