package io.poweralgo.metering.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterDeadLetterViews;
import io.poweralgo.api.metering.MeterReadingDeadLettered;
import io.poweralgo.metering.ingest.DeadLetter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Collection {@code meter_dead_letters}: every refused meter message with its raw payload (the
 * first {@value DeadLetter#MAX_STORED_PAYLOAD_BYTES} bytes), source, time, reason and detail,
 * projected from {@link MeterReadingDeadLettered} events (one document per refusal, keyed by its
 * id, so a redelivered event writes nothing new). While MongoDB is away the processor retries and
 * then catches up; the events stay the record. Documents are kept for a retention (an audit
 * decision, {@code poweralgo.metering.dead-letter-retention}) and then purged.
 */
@ProcessingGroup(MeterDeadLetterStore.PROCESSING_GROUP)
public class MeterDeadLetterStore {

    public static final String PROCESSING_GROUP = "meter-dead-letters";
    static final String COLLECTION = "meter_dead_letters";
    private static final Logger log = LoggerFactory.getLogger(MeterDeadLetterStore.class);

    private final MongoCollection<Document> deadLetters;
    private final Clock clock;
    private final Duration retention;

    public MeterDeadLetterStore(MongoDatabase readModels, Clock clock, Duration retention) {
        this.deadLetters = readModels.getCollection(COLLECTION);
        this.clock = clock;
        this.retention = retention;
        deadLetters.createIndex(Indexes.ascending("receivedAt"));
    }

    /** Deletes the dead letters received longer than the retention ago; every instance may run it, it is idempotent. */
    public void purgeExpired() {
        Instant cutoff = cutoff();
        long purged = deadLetters.deleteMany(Filters.lt("receivedAt", Date.from(cutoff))).getDeletedCount();
        if (purged > 0) {
            log.info("meter dead letters purged: count={} receivedBefore={}", purged, cutoff);
        }
    }

    private Instant cutoff() {
        return clock.instant().minus(retention);
    }

    /** A refusal past the retention (a replay of old events) is not written again. */
    @EventHandler
    void on(MeterReadingDeadLettered letter) {
        if (letter.receivedAt().isBefore(cutoff())) {
            return;
        }
        deadLetters.replaceOne(Filters.eq("_id", letter.deadLetterId()),
                new Document("_id", letter.deadLetterId())
                        .append("receivedAt", Date.from(letter.receivedAt()))
                        .append("source", letter.source())
                        .append("meterId", letter.meterId())
                        .append("reason", letter.reason().name())
                        .append("detail", letter.detail())
                        .append("payload", new Binary(letter.payload()))
                        .append("payloadBytes", letter.payloadBytes())
                        .append("payloadTruncated", letter.payloadTruncated()),
                new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    public MeterDeadLetterViews handle(FindMeterDeadLetters query) {
        List<MeterDeadLetterView> views = new ArrayList<>();
        deadLetters.find(Filters.gte("receivedAt", Date.from(query.from())))
                   .sort(Sorts.ascending("receivedAt", "_id"))
                   .limit(query.limit())
                   .forEach(doc -> views.add(view(doc)));
        return new MeterDeadLetterViews(views);
    }

    private static MeterDeadLetterView view(Document doc) {
        Binary payload = doc.get("payload", Binary.class);
        return new MeterDeadLetterView(doc.getString("_id"), doc.getDate("receivedAt").toInstant(),
                doc.getString("source"), doc.getString("meterId"), doc.getString("reason"), doc.getString("detail"),
                new String(payload.getData(), StandardCharsets.UTF_8), doc.getInteger("payloadBytes"),
                doc.getBoolean("payloadTruncated"));
    }
}
