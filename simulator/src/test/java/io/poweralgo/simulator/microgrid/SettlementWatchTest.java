package io.poweralgo.simulator.microgrid;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a local HTTP server that answers the settlement audits as the platform does. */
class SettlementWatchTest {

    private static final String SETTLED_AT = "2026-12-04T08:00:03.250Z";

    private final Map<String, String> audits = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private SettlementWatch watch;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/regulator/markets/", exchange -> {
            requests.incrementAndGet();
            String market = exchange.getRequestURI().getPath().split("/")[4];
            String audit = audits.get(market);
            byte[] body = (audit == null ? "{\"code\":\"NOT_FOUND\"}" : audit).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(audit == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        watch = new SettlementWatch(new PlatformClient("http://127.0.0.1:" + server.getAddress().getPort()), "token");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_market_counts_once_its_settlement_is_final_with_the_time_the_platform_settled_it() {
        audits.put("mg:10", "{\"state\":\"SETTLED\",\"settledAt\":\"" + SETTLED_AT + "\"}");
        audits.put("mg:11", "{\"state\":\"SETTLING\",\"settledAt\":null}");

        assertThat(watch.poll(List.of("mg:10", "mg:11", "mg:12"))).isEqualTo(1);
        assertThat(watch.outcomes()).containsOnlyKeys("mg:10");
        assertThat(watch.lastSettledAt()).contains(Instant.parse(SETTLED_AT));
    }

    @Test
    void a_failed_settlement_is_final_but_has_no_settled_time() {
        audits.put("mg:10", "{\"state\":\"SETTLEMENT_FAILED\",\"settledAt\":null}");

        assertThat(watch.poll(List.of("mg:10"))).isEqualTo(1);
        assertThat(watch.outcomes().get("mg:10")).isEqualTo(new SettlementWatch.Outcome("SETTLEMENT_FAILED", null));
        assertThat(watch.lastSettledAt()).isEmpty();
    }

    @Test
    void markets_already_final_are_not_asked_again() {
        audits.put("mg:10", "{\"state\":\"SETTLED\",\"settledAt\":\"" + SETTLED_AT + "\"}");
        watch.poll(List.of("mg:10", "mg:11"));
        int before = requests.get();

        audits.put("mg:11", "{\"state\":\"SETTLED\",\"settledAt\":\"2026-12-04T09:00:00Z\"}");
        assertThat(watch.poll(List.of("mg:10", "mg:11"))).isEqualTo(2);

        assertThat(requests.get() - before).isOne();
        assertThat(watch.lastSettledAt()).contains(Instant.parse("2026-12-04T09:00:00Z"));
    }
}
