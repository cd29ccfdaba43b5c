package io.poweralgo.app.metering;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.messaging.RejectionDetailsInterceptor;
import io.poweralgo.app.wire.AxonServerCommandWire;
import io.poweralgo.metering.command.IntervalHandover;
import io.poweralgo.metering.command.MeterDirectory;
import io.poweralgo.metering.command.MeterReading;
import io.poweralgo.metering.command.MeteringPolicy;
import io.poweralgo.metering.ingest.ReadingBatcher;
import io.poweralgo.metering.ingest.ReadingParser;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Metering with the MeterReading aggregate and the hour handover on a bus that carries every
 * command, result and failure in Axon Server's wire format, with the app's interceptor, the
 * aggregate's resources and the handover's processor as the app configures them.
 * The hours lie a year ahead, so no close deadline fires during the test.
 */
class MeteringOverAxonServerTest {

    private static final MeterId METER = new MeterId("SM-WIRE-1");
    private static final MeterKey KEY = MeterKey.derive("wire", METER.value());
    private static final ParticipantId OWNER = new ParticipantId("alice");
    private static final Instant H13 = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(365));
    private static final Instant H14 = H13.plus(Duration.ofHours(1));

    private final AxonServerCommandWire wire = new AxonServerCommandWire();
    private final AtomicInteger recordCommands = new AtomicInteger();
    private final Map<MeterId, MeterDirectory.MeterEntry> meters = Map.of(METER,
            new MeterDirectory.MeterEntry(METER, OWNER, new MeterPublicKey(KEY.publicKeyBase64()), true, null, null));
    private final Map<MeterId, Registers> lastAccepted = new ConcurrentHashMap<>();
    private final MeterDirectory directory = new MeterDirectory() {
        @Override
        public Optional<MeterDirectory.MeterEntry> find(MeterId meterId, Instant at) {
            return Optional.ofNullable(meters.get(meterId)).map(entry -> new MeterDirectory.MeterEntry(
                    entry.meterId(), entry.owner(), entry.publicKey(), true, null, lastAccepted.get(meterId)));
        }

        @Override
        public void recordAccepted(MeterId meterId, Registers registers) {
            lastAccepted.merge(meterId, registers, (known, next) -> next.at().isAfter(known.at()) ? next : known);
        }
    };
    private Configuration axon;
    private ReadingBatcher batcher;

    @BeforeEach
    void start() {
        wire.registerHandlerInterceptor(new RejectionDetailsInterceptor());
        wire.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayloadType() == RecordMeterReadings.class) {
                recordCommands.incrementAndGet();
            }
            return chain.proceed();
        });
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureCommandBus(c -> wire)
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(MeterReading.class)
                                .registerComponent(MeterDirectory.class, c -> directory)
                                .registerComponent(MeteringPolicy.class,
                                        c -> new MeteringPolicy(Duration.ofMinutes(15), Duration.ofMinutes(15), 43_500))
                                .eventProcessing(processing -> processing
                                        .usingPooledStreamingEventProcessors()
                                        .registerEventHandler(c -> new IntervalHandover(c.commandGateway()))
                                        .registerListenerInvocationErrorHandler(IntervalHandover.PROCESSING_GROUP,
                                                c -> PropagatingErrorHandler.instance()))
                                .buildConfiguration();
        axon.start();
        batcher = new ReadingBatcher(axon.commandGateway(), directory, 1, 100);
    }

    @AfterEach
    void stop() throws InterruptedException {
        batcher.close();
        axon.shutdown();
    }

    @Test
    void a_reading_is_recorded_once_and_answered_with_its_verdict() throws Exception {
        ReadingVerdict verdict = record(METER, H13.plus(Duration.ofMinutes(15)), 1_000, 1);

        assertThat(verdict.outcome()).isEqualTo(ReadingVerdict.Outcome.RECORDED);
        assertThat(recordCommands).hasValue(1);
    }

    @Test
    void readings_a_meter_hour_refuses_come_back_with_their_reason() throws Exception {
        ReadingVerdict verdict = record(METER, MeterKey.derive("wire", "forger"), H13.plus(Duration.ofMinutes(15)), 1_000, 1);

        assertThat(verdict.outcome()).isEqualTo(ReadingVerdict.Outcome.REJECTED);
        assertThat(verdict.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
        assertThat(recordCommands).hasValue(1);
    }

    @Test
    void readings_of_an_unknown_meter_are_refused_with_their_reason_before_any_command() throws Exception {
        MeterId unknown = new MeterId("SM-UNKNOWN");
        ReadingVerdict verdict = record(unknown, MeterKey.derive("wire", unknown.value()), H13.plus(Duration.ofMinutes(15)), 1_000, 1);

        assertThat(verdict.reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
        assertThat(recordCommands).hasValue(0);
    }

    @Test
    void the_first_reading_of_an_hour_closes_the_hour_before_though_neighbours_have_no_readings() throws Exception {
        record(METER, H13.plus(Duration.ofMinutes(15)), 1_000, 1);
        record(METER, H14.plus(Duration.ofMinutes(5)), 1_400, 2);

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(closing(H13))
                .hasValueSatisfying(closed -> assertThat(closed.closedBy()).isEqualTo(IntervalClosure.FOLLOWING_READING)));
    }

    private ReadingVerdict record(MeterId meter, Instant at, long importWh, long seq) throws Exception {
        return record(meter, KEY, at, importWh, seq);
    }

    private ReadingVerdict record(MeterId meter, MeterKey key, Instant at, long importWh, long seq) throws Exception {
        byte[] payload = ReadingPayload.signed(key, meter.value(), at.toString(), importWh, 0, seq)
                                       .getBytes(StandardCharsets.UTF_8);
        return batcher.add(ReadingParser.parse(payload, meter.value(), at)).get(10, TimeUnit.SECONDS);
    }

    private Optional<MeterIntervalClosed> closing(Instant hour) {
        return axon.eventStore().readEvents(new MeterHourId(METER, hour).heldBy(OWNER)).asStream()
                   .map(event -> event.getPayload())
                   .filter(MeterIntervalClosed.class::isInstance).map(MeterIntervalClosed.class::cast)
                   .findFirst();
    }
}
