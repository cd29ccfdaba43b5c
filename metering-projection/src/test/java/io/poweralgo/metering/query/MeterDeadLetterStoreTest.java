package io.poweralgo.metering.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterReadingDeadLettered;
import io.poweralgo.api.metering.RejectionReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class MeterDeadLetterStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(90);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private MongoClient client;
    private MeterDeadLetterStore store;

    @BeforeEach
    void start() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        store = new MeterDeadLetterStore(client.getDatabase("poweralgo"), movingClock(), RETENTION);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void dead_letters_older_than_the_retention_are_purged_and_younger_ones_kept() {
        store.on(refused("old", T0));
        store.on(refused("young", T0.plus(Duration.ofDays(1))));
        now.set(T0.plus(RETENTION).plusSeconds(1));

        store.purgeExpired();

        assertThat(store.handle(new FindMeterDeadLetters(Instant.EPOCH, 100)).deadLetters())
                .extracting(MeterDeadLetterView::id).containsExactly("young");
    }

    @Test
    void a_replayed_refusal_past_the_retention_is_not_written_again() {
        now.set(T0.plus(RETENTION).plusSeconds(1));

        store.on(refused("old", T0));

        assertThat(store.handle(new FindMeterDeadLetters(Instant.EPOCH, 100)).deadLetters()).isEmpty();
    }

    private Clock movingClock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    private static MeterReadingDeadLettered refused(String id, Instant at) {
        byte[] payload = "{".getBytes(StandardCharsets.UTF_8);
        return new MeterReadingDeadLettered(id, at, "http", "SM-0001", RejectionReason.MALFORMED_JSON, "not JSON", payload,
                payload.length);
    }
}
