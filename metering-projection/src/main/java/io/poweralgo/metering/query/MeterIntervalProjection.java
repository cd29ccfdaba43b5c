package io.poweralgo.metering.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.poweralgo.api.metering.FindMeterIntervals;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterIntervalAdjusted;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.metering.MeterIntervalOpened;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.metering.MeterIntervalViews;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Read models {@code meter_intervals} (one document per meter and hour, keyed
 * {@code SM-0001@2026-11-24T13:00Z}) and {@code meter_latest_readings} (one per meter). The
 * readings of a whole event batch are folded into one write per document, so ingestion at
 * thousands of readings a second costs one upsert per meter-hour per batch. Every update is
 * idempotent ({@code $max} of monotonic registers and counts, {@code $set} of whole figures,
 * {@code $addToSet} of adjustments), so redelivery and replay give the same documents.
 */
@ProcessingGroup(MeterIntervalProjection.PROCESSING_GROUP)
public class MeterIntervalProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "meter-intervals";
    static final String INTERVALS = "meter_intervals";
    static final String LATEST = "meter_latest_readings";
    private static final String PENDING_WRITES = MeterIntervalProjection.class.getName() + ".writes";

    private final MongoCollection<Document> intervals;
    private final MongoCollection<Document> latest;
    private final Timer readingAge;
    private final Clock clock;

    public MeterIntervalProjection(MongoDatabase readModels, MeterRegistry metrics, Clock clock) {
        this.intervals = readModels.getCollection(INTERVALS);
        this.latest = readModels.getCollection(LATEST);
        this.clock = clock;
        this.readingAge = Timer.builder("poweralgo.metering.reading.age")
                               .description("time from a reading's timestamp until its meter-hour read model holds it")
                               // cumulative buckets (poweralgo_metering_reading_age_seconds_bucket): operators
                               // get quantiles with histogram_quantile over them
                               .publishPercentileHistogram()
                               // _max: the largest age of the last two to three minutes (three buffers rotated each minute)
                               .distributionStatisticExpiry(Duration.ofMinutes(1))
                               .distributionStatisticBufferLength(3)
                               .register(metrics);
        intervals.createIndex(Indexes.ascending("participantId", "meterId", "hourStart"));
    }

    @EventHandler
    void on(MeterIntervalOpened event, UnitOfWork<?> unitOfWork) {
        writes(unitOfWork).interval(event.meterHour(), event.participantId())
                          .set("closesBy", Date.from(event.closesBy()));
    }

    @EventHandler
    void on(MeterReadingsRecorded event, UnitOfWork<?> unitOfWork, ReplayStatus replay) {
        PendingWrites writes = writes(unitOfWork);
        PendingWrites.Update interval = writes.interval(event.meterHour(), event.participantId())
                                              .max("readingCount", event.readingCount());
        PendingWrites.Update latest = writes.latest(event.meterHour().meterId())
                                            .set("participantId", event.participantId().value());
        for (SubmittedReading reading : event.readings()) {
            Registers registers = reading.registers();
            interval.max("lastReadingAt", Date.from(registers.at()))
                    .max("lastImportWh", registers.importWh())
                    .max("lastExportWh", registers.exportWh());
            latest.max("at", Date.from(registers.at()))
                  .max("importWh", registers.importWh())
                  .max("exportWh", registers.exportWh())
                  .max("seq", reading.seq());
            if (!replay.isReplay() && !event.late()) {
                writes.readingTimes().add(registers.at());
            }
        }
    }

    @EventHandler
    void on(MeterIntervalClosed event, @Timestamp Instant closedAt, UnitOfWork<?> unitOfWork) {
        writes(unitOfWork).interval(event.meterHour(), event.participantId())
                          .set("importWh", event.importWh())
                          .set("exportWh", event.exportWh())
                          .set("quality", event.quality().name())
                          .set("closedBy", event.closedBy().name())
                          .set("closedAt", Date.from(closedAt))
                          .max("readingCount", event.readingCount());
    }

    @EventHandler
    void on(MeterIntervalAdjusted event, @Timestamp Instant adjustedAt, UnitOfWork<?> unitOfWork) {
        writes(unitOfWork).interval(event.meterHour(), event.participantId())
                          .set("importWh", event.importWh())
                          .set("exportWh", event.exportWh())
                          .set("quality", event.quality().name())
                          .max("readingCount", event.readingCount())
                          .addToSet("adjustments", new Document("at", Date.from(adjustedAt))
                                  .append("importDeltaWh", event.importDeltaWh())
                                  .append("exportDeltaWh", event.exportDeltaWh()));
    }

    @ResetHandler
    void reset() {
        intervals.deleteMany(new Document());
        latest.deleteMany(new Document());
    }

    @QueryHandler
    public MeterIntervalViews handle(FindMeterIntervals query) {
        List<MeterIntervalView> views = new ArrayList<>();
        intervals.find(Filters.and(Filters.eq("participantId", query.participantId().value()),
                         Filters.eq("meterId", query.meterId().value()),
                         Filters.gte("hourStart", Date.from(query.from())),
                         Filters.lt("hourStart", Date.from(query.to()))))
                 .sort(Sorts.ascending("hourStart"))
                 .forEach(doc -> views.add(view(doc)));
        return new MeterIntervalViews(views);
    }

    @QueryHandler
    public MeterIntervalViews handle(FindMeterIntervalsOfParticipants query) {
        List<MeterIntervalView> views = new ArrayList<>();
        if (query.participantIds().isEmpty()) {
            return new MeterIntervalViews(views);
        }
        intervals.find(Filters.and(Filters.in("participantId", query.participantIds().stream().map(ParticipantId::value).toList()),
                         Filters.gte("hourStart", Date.from(query.from())),
                         Filters.lt("hourStart", Date.from(query.to()))))
                 .sort(Sorts.ascending("participantId", "meterId", "hourStart"))
                 .forEach(doc -> views.add(view(doc)));
        return new MeterIntervalViews(views);
    }

    private PendingWrites writes(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(PENDING_WRITES, key -> {
            PendingWrites writes = new PendingWrites();
            root.onPrepareCommit(u -> {
                writes.flushTo(intervals, latest);
                Instant now = clock.instant();
                writes.readingTimes().forEach(at -> readingAge.record(Duration.between(at, now)));
            });
            return writes;
        });
    }

    private static MeterIntervalView view(Document doc) {
        boolean closed = doc.get("closedAt") != null;
        List<?> adjustments = doc.getList("adjustments", Object.class);
        return new MeterIntervalView(doc.getString("meterId"), doc.getString("participantId"),
                doc.getDate("hourStart").toInstant(), doc.getDate("hourEnd").toInstant(), closed ? "CLOSED" : "OPEN",
                doc.getInteger("readingCount", 0), instant(doc.getDate("lastReadingAt")), number(doc.get("lastImportWh")),
                number(doc.get("lastExportWh")), number(doc.get("importWh")), number(doc.get("exportWh")),
                doc.getString("quality") == null ? null : IntervalQuality.valueOf(doc.getString("quality")),
                doc.getString("closedBy") == null ? null : IntervalClosure.valueOf(doc.getString("closedBy")),
                adjustments == null ? 0 : adjustments.size());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
