package io.poweralgo.metering.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterDeadLetterViews;
import io.poweralgo.metering.ingest.DeadLetter;
import io.poweralgo.metering.ingest.DeadLetterSink;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Collection {@code meter_dead_letters}: every refused meter message with its raw payload (the
 * first {@value DeadLetter#MAX_STORED_PAYLOAD_BYTES} bytes), source, time, reason and detail.
 * Not a projection: ingestion writes it directly, since a refused message is no domain event.
 */
public class MeterDeadLetterStore implements DeadLetterSink {

    static final String COLLECTION = "meter_dead_letters";

    private final MongoCollection<Document> deadLetters;

    public MeterDeadLetterStore(MongoDatabase readModels) {
        this.deadLetters = readModels.getCollection(COLLECTION);
        deadLetters.createIndex(Indexes.ascending("receivedAt"));
    }

    @Override
    public void store(DeadLetter letter) {
        byte[] payload = letter.payload();
        boolean truncated = payload.length > DeadLetter.MAX_STORED_PAYLOAD_BYTES;
        byte[] kept = truncated ? Arrays.copyOf(payload, DeadLetter.MAX_STORED_PAYLOAD_BYTES) : payload;
        deadLetters.insertOne(new Document("receivedAt", Date.from(letter.receivedAt()))
                .append("source", letter.source())
                .append("meterId", letter.meterId())
                .append("reason", letter.reason().name())
                .append("detail", letter.detail())
                .append("payload", new Binary(kept))
                .append("payloadBytes", payload.length)
                .append("payloadTruncated", truncated));
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
        return new MeterDeadLetterView(doc.getObjectId("_id").toHexString(), doc.getDate("receivedAt").toInstant(),
                doc.getString("source"), doc.getString("meterId"), doc.getString("reason"), doc.getString("detail"),
                new String(payload.getData(), StandardCharsets.UTF_8), doc.getInteger("payloadBytes"),
                doc.getBoolean("payloadTruncated"));
    }
}
