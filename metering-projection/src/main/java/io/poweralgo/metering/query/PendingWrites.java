package io.poweralgo.metering.query;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.participant.ParticipantId;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The updates of one event batch, folded per document and written in one unordered bulk per collection. */
final class PendingWrites {

    private static final int DUPLICATE_KEY = 11000;

    private final Map<String, Update> intervals = new LinkedHashMap<>();
    private final Map<String, Update> latest = new LinkedHashMap<>();
    private final List<Instant> readingTimes = new ArrayList<>();

    /** One document per meter-hour and holder, keyed like its aggregate. */
    Update interval(MeterHourId meterHour, ParticipantId holder) {
        return intervals.computeIfAbsent(meterHour.heldBy(holder), id -> new Update()
                .set("meterId", meterHour.meterId().value())
                .set("participantId", holder.value())
                .set("hourStart", Date.from(meterHour.hourStart()))
                .set("hourEnd", Date.from(meterHour.hourEnd())));
    }

    Update latest(MeterId meterId) {
        return latest.computeIfAbsent(meterId.value(), id -> new Update());
    }

    List<Instant> readingTimes() {
        return readingTimes;
    }

    void flushTo(MongoCollection<Document> intervalCollection, MongoCollection<Document> latestCollection) {
        write(intervalCollection, intervals);
        write(latestCollection, latest);
    }

    /**
     * Two instances can upsert a new document at once; the loser's duplicate-key error is retried
     * as a plain update, which then finds the document.
     */
    private static void write(MongoCollection<Document> collection, Map<String, Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> models = new ArrayList<>(updates.size());
        updates.forEach((id, update) -> models.add(
                new UpdateOneModel<>(Filters.eq("_id", id), update.document(), new UpdateOptions().upsert(true))));
        try {
            collection.bulkWrite(models, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                retries.add(models.get(error.getIndex()));
            }
            collection.bulkWrite(retries, new BulkWriteOptions().ordered(false));
        }
    }

    /** One document's {@code $set}, {@code $max} and {@code $addToSet} parts; later values of a field win. */
    static final class Update {
        private final Document set = new Document();
        private final Document max = new Document();
        private final Document addToSet = new Document();

        Update set(String field, Object value) {
            set.put(field, value);
            return this;
        }

        @SuppressWarnings("unchecked")
        <T extends Comparable<T>> Update max(String field, T value) {
            Object known = max.get(field);
            if (known == null || ((T) known).compareTo(value) < 0) {
                max.put(field, value);
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        Update addToSet(String field, Document value) {
            Document each = (Document) addToSet.computeIfAbsent(field, f -> new Document("$each", new ArrayList<Document>()));
            ((List<Document>) each.get("$each")).add(value);
            return this;
        }

        Document document() {
            Document update = new Document();
            if (!set.isEmpty()) {
                update.put("$set", set);
            }
            if (!max.isEmpty()) {
                update.put("$max", max);
            }
            if (!addToSet.isEmpty()) {
                update.put("$addToSet", addToSet);
            }
            return update;
        }
    }
}
