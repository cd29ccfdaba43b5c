package io.poweralgo.app.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SegmentBalancerTest {

    private final JdbcTemplate database =
            new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));

    @BeforeEach
    void createTheInstanceTable() throws IOException {
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V8__processor_instances.sql")) {
            database.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_stopped_instance_is_no_longer_counted_even_when_a_round_was_under_way() throws Exception {
        CountDownLatch roundStarted = new CountDownLatch(1);
        CountDownLatch roundMayFinish = new CountDownLatch(1);
        JdbcTemplate slowAnnouncing = new JdbcTemplate(database.getDataSource()) {
            @Override
            public int update(String sql, Object... args) {
                if (sql.startsWith("UPDATE processor_instance")) {
                    roundStarted.countDown();
                    awaitIgnoringInterrupts(roundMayFinish);
                }
                return super.update(sql, args);
            }
        };
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.of());
        SegmentBalancer balancer = new SegmentBalancer(processing, slowAnnouncing, Duration.ofMillis(10), Set.of());
        balancer.start();
        assertThat(roundStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(balancer::stop);
        Thread.sleep(200);
        assertThat(stopping).as("stop waits for the round under way").isNotDone();
        roundMayFinish.countDown();
        stopping.get(5, TimeUnit.SECONDS);

        assertThat(database.queryForObject("SELECT count(*) FROM processor_instance", Integer.class)).isZero();
    }

    /** As a JDBC call would: an interrupt does not abort a statement already sent. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
