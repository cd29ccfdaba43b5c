package io.poweralgo.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.AppProcess;
import io.poweralgo.app.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a new user meets first: the packaged jar started as the README starts it, with the demo, in
 * an empty folder (its data goes to {@code ./data} there). Only the ports differ from the README's,
 * so that the test runs beside anything else on the machine, and the demo is three summer hours
 * long (away from the markets the scheduler opens around the real time). The demo ends with its
 * summary (comparing the half of the households on automatic trading with those bidding themselves)
 * and every market it traded SETTLED in both the market list and the settlement audit;
 * then a visitor who is not signed in signs in from the sign-in page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedDemoIT {

    private static final int HOURS = 3;
    private static final Instant FIRST_HOUR = Instant.parse((Year.now(ZoneOffset.UTC).getValue() + 1) + "-06-21T09:00:00Z");

    @TempDir
    static Path folder;
    static AppProcess app;
    static String admin;

    @BeforeAll
    static void start() {
        app = AppProcess.startAsReadme(folder, "--demo", "--poweralgo.demo.hours=" + HOURS, "--poweralgo.demo.speed=2s",
                "--poweralgo.demo.start=" + FIRST_HOUR,
                "--poweralgo.embedded.mongo-port=0", "--poweralgo.embedded.ledger-port=0",
                "--poweralgo.embedded.mqtt-port=" + RunningApp.freePort());
        admin = app.api().devToken("it-admin", "ADMIN");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void the_demo_prints_its_summary_and_every_market_it_traded_is_settled_in_the_list_and_the_audit() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> app.logged("Report: "));

        assertThat(app.logged("traded " + HOURS + " hours in")).as(app::logTail).isTrue();
        assertThat(app.logged("every settlement invariant held")).as(app::logTail).isTrue();
        assertThat(app.logged("orders placed by the trading agent")).as(app::logTail).isTrue();
        assertThat(app.logged("automatic: households")).as(app::logTail).isTrue();
        assertThat(app.logged("own bidding: households")).as(app::logTail).isTrue();
        assertThat(folder.resolve("data").resolve("simulation-report.html")).exists();
        List<JsonNode> traded = tradedMarkets();
        assertThat(traded).as(app::logTail).hasSize(HOURS);
        for (JsonNode market : traded) {
            String id = market.get("id").asText();
            assertThat(market.get("state").asText()).as(id).isEqualTo("SETTLED");
            JsonNode audit = app.api().get("/api/regulator/markets/" + id + "/settlement", admin).body();
            assertThat(audit.get("state").asText()).as(id).isEqualTo("SETTLED");
            assertThat(audit.get("settledAt").isTextual()).as(id + " settledAt").isTrue();
        }
    }

    @Test
    @Order(2)
    void a_visitor_signs_in_from_the_sign_in_page_and_sees_the_settled_markets() {
        List<JsonNode> traded = tradedMarkets();
        String day = traded.get(0).get("deliveryStart").asText().substring(0, 10);
        try (Browser browser = new Browser(app.api().baseUrl())) {
            browser.signIn("regulator-1", "REGULATOR");
            assertThat(browser.driver().getCurrentUrl()).contains("/regulator/markets");

            browser.open("/regulator/markets?microgrid=mg-sim&day=" + day);
            for (JsonNode market : traded) {
                if (market.get("deliveryStart").asText().startsWith(day)) {
                    String row = "market-" + market.get("id").asText().replace(':', '_');
                    assertThat(browser.driver().findElement(By.id(row)).findElement(By.cssSelector(".badge.state")).getText())
                            .as(row).isEqualTo("SETTLED");
                }
            }

            browser.signIn("admin-1", "ADMIN");
            assertThat(browser.driver().getCurrentUrl()).contains("/admin/kyc");
        }
    }

    /** The demo microgrid's markets of the hours the demo traded. */
    private static List<JsonNode> tradedMarkets() {
        JsonNode markets = app.api().get("/api/markets?microgrid=mg-sim&from=" + FIRST_HOUR + "&to="
                + FIRST_HOUR.plus(Duration.ofHours(HOURS)), admin).body();
        List<JsonNode> traded = new ArrayList<>();
        markets.forEach(traded::add);
        return traded;
    }
}
