package io.poweralgo.metering.command;

import io.poweralgo.api.metering.FollowingReadingRecorded;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalAdjusted;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.metering.MeterIntervalOpened;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.PrecedingReadingRecorded;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordFollowingReading;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RecordPrecedingReading;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.metering.command.MeterDirectory.MeterEntry;
import io.poweralgo.metering.interval.IntervalCalculator;
import io.poweralgo.metering.interval.IntervalEnergy;
import io.poweralgo.metering.interval.Plausibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The readings of one meter in one UTC hour taken while one participant held it, and the hour's
 * metered energy once it closes: a meter that changes hands within an hour has an hour per holder,
 * and neighbouring hours of different holders never share a boundary. The
 * readings of the neighbouring hours that its boundaries are interpolated from arrive as
 * {@link RecordPrecedingReading} and {@link RecordFollowingReading}, sent by {@link IntervalHandover}.
 */
@Aggregate(cache = "meterReadingCache")
public class MeterReading {

    static final String CLOSE = "meter-interval-close";

    /** A string, so that the close deadline finds the aggregate again after a restart. */
    @AggregateIdentifier
    private String identifier;
    private MeterHourId meterHour;
    private ParticipantId participant;
    private Duration completeGap;
    private final NavigableMap<Instant, Registers> readings = new TreeMap<>();
    private final Map<Long, Registers> bySeq = new HashMap<>();
    private Registers preceding;
    private Registers following;
    private Figures figures;

    protected MeterReading() {
        // for event sourcing and creation by the first reading
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ReadingVerdicts handle(RecordMeterReadings cmd, MeterDirectory meters, MeteringPolicy policy,
                           DeadlineManager deadlines) {
        Batch batch = new Batch();
        List<ReadingVerdict> verdicts = new ArrayList<>(cmd.readings().size());
        for (SubmittedReading reading : cmd.readings()) {
            MeterEntry meter = meters.find(cmd.meterHour().meterId(), reading.registers().at()).orElse(null);
            ReadingVerdict verdict = decide(meter, cmd, reading, batch, policy);
            verdicts.add(verdict);
            if (!verdict.rejected() && verdict.outcome() != ReadingVerdict.Outcome.DUPLICATE) {
                batch.add(reading);
            }
        }
        if (batch.isEmpty()) {
            if (identifier == null) {
                throw new ReadingsRefused(verdicts);
            }
            return new ReadingVerdicts(verdicts);
        }
        if (identifier == null) {
            open(cmd.meterHour(), cmd.holder(), policy, deadlines);
        }
        record(batch);
        meters.recordAccepted(cmd.meterHour().meterId(), batch.byTime.lastEntry().getValue());
        if (figures != null) {
            adjustIfChanged();
        }
        return new ReadingVerdicts(verdicts);
    }

    @CommandHandler
    void handle(RecordFollowingReading cmd, DeadlineManager deadlines) {
        Registers next = cmd.following();
        boolean earlierThanKnown = following == null || next.at().isBefore(following.at());
        if (next.at().isBefore(meterHour.hourEnd()) || !earlierThanKnown) {
            return;
        }
        apply(new FollowingReadingRecorded(meterHour, participant, next, readings.lastEntry().getValue()));
        if (figures == null) {
            deadlines.cancelAllWithinScope(CLOSE);
            close(IntervalClosure.FOLLOWING_READING);
        } else {
            adjustIfChanged();
        }
    }

    @CommandHandler
    void handle(RecordPrecedingReading cmd) {
        Registers previous = cmd.preceding();
        boolean laterThanKnown = preceding == null || previous.at().isAfter(preceding.at());
        if (!previous.at().isBefore(meterHour.hourStart()) || !laterThanKnown) {
            return;
        }
        apply(new PrecedingReadingRecorded(meterHour, participant, previous, readings.firstEntry().getValue()));
        if (figures != null) {
            adjustIfChanged();
        }
    }

    @DeadlineHandler(deadlineName = CLOSE)
    void onCloseDeadline() {
        if (figures == null) {
            close(IntervalClosure.DEADLINE);
        }
    }

    private ReadingVerdict decide(MeterEntry meter, RecordMeterReadings cmd, SubmittedReading reading, Batch batch,
                                  MeteringPolicy policy) {
        MeterHourId hour = cmd.meterHour();
        long seq = reading.seq();
        if (meter == null) {
            return ReadingVerdict.rejected(seq, RejectionReason.UNKNOWN_METER, "meter " + hour.meterId() + " is not registered");
        }
        if (!meter.linked()) {
            return ReadingVerdict.rejected(seq, RejectionReason.METER_NOT_LINKED,
                    "meter " + hour.meterId() + " is not linked to a participant");
        }
        if (!meter.owner().equals(cmd.holder())) {
            return ReadingVerdict.rejected(seq, RejectionReason.METER_NOT_LINKED, "meter " + hour.meterId() + " was held by "
                    + meter.owner() + ", not " + cmd.holder() + ", at " + reading.registers().at());
        }
        Registers registers = reading.registers();
        Registers sameSeq = bySeq.containsKey(seq) ? bySeq.get(seq) : batch.bySeq.get(seq);
        if (sameSeq != null) {
            return sameSeq.equals(registers) ? ReadingVerdict.duplicate(seq)
                    : ReadingVerdict.rejected(seq, RejectionReason.CONFLICTING_READING,
                    "sequence " + seq + " was recorded with other values");
        }
        if (readings.containsKey(registers.at()) || batch.byTime.containsKey(registers.at())) {
            return ReadingVerdict.rejected(seq, RejectionReason.CONFLICTING_READING,
                    "a reading at " + registers.at() + " was recorded with another sequence number");
        }
        if (!SignatureVerifier.verifies(hour.meterId(), reading, meter.publicKey())) {
            return ReadingVerdict.rejected(seq, RejectionReason.BAD_SIGNATURE,
                    "signature does not verify with the key registered for meter " + hour.meterId());
        }
        Registers earlier = earlierThan(registers.at(), batch, meter.lastAccepted());
        Registers later = laterThan(registers.at(), batch);
        String decrease = decrease(registers, earlier, later);
        if (decrease != null) {
            return ReadingVerdict.rejected(seq, RejectionReason.REGISTER_DECREASED, decrease);
        }
        long maxPowerW = policy.maxPowerW(meter.ratedPowerW());
        if (earlier != null && !Plausibility.plausible(earlier, registers, maxPowerW)) {
            return ReadingVerdict.rejected(seq, RejectionReason.IMPLAUSIBLE, Plausibility.explain(earlier, registers, maxPowerW));
        }
        if (later != null && !Plausibility.plausible(registers, later, maxPowerW)) {
            return ReadingVerdict.rejected(seq, RejectionReason.IMPLAUSIBLE, Plausibility.explain(registers, later, maxPowerW));
        }
        return ReadingVerdict.recorded(seq, figures != null);
    }

    /**
     * The reading just before {@code at}: this hour's (recorded or accepted earlier in the same
     * batch), else the preceding hour's last one, and the meter's latest accepted reading in any
     * hour if that is later still but before {@code at} (the preceding reading reaches this hour
     * only through {@link IntervalHandover}, after the fact).
     */
    private Registers earlierThan(Instant at, Batch batch, Registers meterLast) {
        Registers earlier = later(entry(readings.lowerEntry(at)), entry(batch.byTime.lowerEntry(at)));
        earlier = earlier != null ? earlier : preceding;
        return meterLast != null && meterLast.at().isBefore(at) ? later(earlier, meterLast) : earlier;
    }

    private Registers laterThan(Instant at, Batch batch) {
        Registers later = earlier(entry(readings.higherEntry(at)), entry(batch.byTime.higherEntry(at)));
        return later != null ? later : following;
    }

    /** Registers never run backwards against the readings on either side in time. */
    private static String decrease(Registers registers, Registers earlier, Registers later) {
        if (earlier != null && !registers.noneBelow(earlier)) {
            return "registers " + registers.importWh() + "/" + registers.exportWh() + " Wh at " + registers.at()
                    + " are below " + earlier.importWh() + "/" + earlier.exportWh() + " Wh at " + earlier.at();
        }
        if (later != null && !later.noneBelow(registers)) {
            return "registers " + registers.importWh() + "/" + registers.exportWh() + " Wh at " + registers.at()
                    + " are above " + later.importWh() + "/" + later.exportWh() + " Wh at " + later.at();
        }
        return null;
    }

    private static Registers entry(Map.Entry<Instant, Registers> entry) {
        return entry == null ? null : entry.getValue();
    }

    private static Registers later(Registers a, Registers b) {
        return a == null ? b : b == null || a.at().isAfter(b.at()) ? a : b;
    }

    private static Registers earlier(Registers a, Registers b) {
        return a == null ? b : b == null || a.at().isBefore(b.at()) ? a : b;
    }

    private void open(MeterHourId hour, ParticipantId owner, MeteringPolicy policy, DeadlineManager deadlines) {
        Instant closesBy = hour.hourEnd().plus(policy.closeGrace());
        apply(new MeterIntervalOpened(hour, owner, closesBy, policy.completeGap().toSeconds()));
        deadlines.schedule(closesBy, CLOSE);
    }

    private void record(Batch batch) {
        Registers first = batch.byTime.firstEntry().getValue();
        Registers last = batch.byTime.lastEntry().getValue();
        boolean newFirst = readings.isEmpty() || first.at().isBefore(readings.firstKey());
        boolean newLast = readings.isEmpty() || last.at().isAfter(readings.lastKey());
        apply(new MeterReadingsRecorded(meterHour, participant, batch.readings, newFirst ? first : null,
                newLast ? last : null, figures != null, readings.size() + batch.readings.size()));
    }

    private void close(IntervalClosure closure) {
        IntervalEnergy energy = energy();
        apply(new MeterIntervalClosed(meterHour, participant, energy.importWh(), energy.exportWh(), energy.readingCount(),
                energy.quality(), closure));
    }

    private void adjustIfChanged() {
        IntervalEnergy energy = energy();
        Figures now = new Figures(energy);
        if (!now.equals(figures)) {
            apply(new MeterIntervalAdjusted(meterHour, participant, now.importWh(), now.exportWh(), now.readingCount(),
                    now.quality(), now.importWh() - figures.importWh(), now.exportWh() - figures.exportWh()));
        }
    }

    private IntervalEnergy energy() {
        List<Registers> known = new ArrayList<>(readings.values());
        if (preceding != null) {
            known.add(preceding);
        }
        if (following != null) {
            known.add(following);
        }
        return IntervalCalculator.energy(meterHour.hourStart(), meterHour.hourEnd(), known, completeGap);
    }

    @EventSourcingHandler
    void on(MeterIntervalOpened event) {
        identifier = event.meterHour().heldBy(event.participantId());
        meterHour = event.meterHour();
        participant = event.participantId();
        completeGap = Duration.ofSeconds(event.completeGapSeconds());
    }

    @EventSourcingHandler
    void on(MeterReadingsRecorded event) {
        for (SubmittedReading reading : event.readings()) {
            readings.put(reading.registers().at(), reading.registers());
            bySeq.put(reading.seq(), reading.registers());
        }
    }

    @EventSourcingHandler
    void on(PrecedingReadingRecorded event) {
        preceding = event.preceding();
    }

    @EventSourcingHandler
    void on(FollowingReadingRecorded event) {
        following = event.following();
    }

    @EventSourcingHandler
    void on(MeterIntervalClosed event) {
        figures = new Figures(event.importWh(), event.exportWh(), event.readingCount(), event.quality());
    }

    @EventSourcingHandler
    void on(MeterIntervalAdjusted event) {
        figures = new Figures(event.importWh(), event.exportWh(), event.readingCount(), event.quality());
    }

    /** Readings accepted so far in one command, checked against each other before they are recorded together. */
    private static final class Batch {
        private final List<SubmittedReading> readings = new ArrayList<>();
        private final NavigableMap<Instant, Registers> byTime = new TreeMap<>();
        private final Map<Long, Registers> bySeq = new HashMap<>();

        void add(SubmittedReading reading) {
            readings.add(reading);
            byTime.put(reading.registers().at(), reading.registers());
            bySeq.put(reading.seq(), reading.registers());
        }

        boolean isEmpty() {
            return readings.isEmpty();
        }
    }

    private record Figures(long importWh, long exportWh, int readingCount, IntervalQuality quality) {

        Figures(IntervalEnergy energy) {
            this(energy.importWh(), energy.exportWh(), energy.readingCount(), energy.quality());
        }
    }
}
