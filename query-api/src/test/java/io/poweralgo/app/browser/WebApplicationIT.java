package io.poweralgo.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.LoggedMail;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.app.settlement.WorkedExample;
import io.poweralgo.simulator.meter.MeterKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web application in a real headless Chromium against the whole platform on a random port:
 * onboarding, KYC decisions, a regulator auditing a settled market, CSV export, live market
 * states, and the refusals (a regulator's admin action, a form without its CSRF token).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebApplicationIT {

    /** A failed test leaves what the browser showed, and its HTML, under target/screenshots/failed-*. */
    @RegisterExtension
    static final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && WebApplicationIT.browser != null) {
            WebApplicationIT.browser.keepFailedPage("failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSettings("web-it",
            "poweralgo.metering.close-grace=6h", "poweralgo.settlement.grace=6h",
            "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s");
    static Browser browser;
    static LoggedMail mail;

    @BeforeAll
    static void start() {
        WorkedExample.setTariffs(platform.api(), platform.admin());
        browser = new Browser(platform.api().baseUrl());
        mail = new LoggedMail();
    }

    @AfterAll
    static void stop() {
        if (mail != null) {
            mail.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void a_new_prosumer_creates_an_account_submits_kyc_is_approved_and_claims_the_meter_its_operator_registered() {
        browser.signOut();
        browser.open("/login");
        browser.screenshot("sign-in");
        browser.find("#create-account").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/onboarding"));
        browser.find("#role-PROSUMER").click();
        browser.type("#microgridId", WorkedExample.MICROGRID);
        browser.type("#displayName", "Ada Solar");
        browser.type("#email", "ada-" + UUID.randomUUID() + "@example.org");
        browser.screenshot("onboarding");
        browser.find("#onboarding button[type=submit]").click();

        String participant = browser.await(d -> d.findElements(By.id("participant-id")).isEmpty() ? null
                : d.findElement(By.id("participant-id")).getText());
        assertThat(browser.text("#kyc-status")).isEqualTo("PENDING_KYC");
        assertThat(browser.text("#check-email")).contains("Check your e-mail");
        assertThat(browser.text("#email-status")).isEqualTo("not verified");
        URI link = mail.verificationLinkFor(participant);
        browser.open(link.getRawPath() + "?" + link.getRawQuery());
        browser.screenshot("verify-email");
        browser.find("#confirm-email").click();
        browser.await(d -> !d.findElements(By.id("email-verified")).isEmpty());
        // the account page reads the participants read model, which follows the verification shortly after
        browser.await(d -> {
            browser.open("/account");
            return d.findElement(By.id("email-status")).getText().equals("verified");
        });
        new Select(browser.find("#documentType")).selectByValue("PASSPORT");
        browser.type("#documentReference", "C01X00T47");
        browser.type("#country", "de");
        browser.find("#kyc-form button[type=submit]").click();
        browser.await(d -> !d.findElements(By.id("under-review")).isEmpty());
        browser.screenshot("account-under-review");

        browser.signIn("admin-1", "ADMIN");
        browser.open("/admin/kyc");
        approveInQueue(participant);

        browser.signIn(participant, "PROSUMER");
        browser.open("/account");
        assertThat(browser.text("#kyc-status")).isEqualTo("APPROVED");
        assertThat(browser.text("#algorand-address")).hasSize(58);
        String meterId = "SM-WEB-" + participant.substring(0, 8).toUpperCase();
        String claimCode = registerOnOperatorPage(meterId);

        browser.signIn(participant, "PROSUMER");
        browser.open("/account");
        browser.type("#meterId", meterId);
        browser.type("#claimCode", "0000-0000-0000-0000-0000");
        browser.find("#meter-form button[type=submit]").click();
        browser.await(d -> !d.findElements(By.cssSelector(".error")).isEmpty());
        assertThat(browser.text(".error")).contains("claim code");
        browser.type("#meterId", meterId);
        browser.type("#claimCode", claimCode);
        browser.find("#meter-form button[type=submit]").click();
        browser.await(d -> d.findElement(By.cssSelector(".notice")).getText().contains("claimed"));
        browser.await(d -> {
            browser.open("/account");
            return !d.findElements(By.cssSelector("#meters td")).isEmpty();
        });
        assertThat(browser.text("#meters")).contains(meterId);
        browser.screenshot("account-approved");

        JsonNode account = platform.api().get("/api/participants/" + participant, platform.admin()).body();
        assertThat(account.get("status").asText()).isEqualTo("APPROVED");
        assertThat(account.at("/meters/0/meterId").asText()).isEqualTo(meterId);
    }

    @Test
    @Order(2)
    void an_admin_approves_kyc_from_the_queue_and_a_rejection_needs_a_reason() {
        String approved = submittedKyc("CONSUMER");
        String rejected = submittedKyc("PROSUMER");
        browser.signIn("admin-1", "ADMIN");
        browser.open("/admin/kyc");
        browser.await(d -> !d.findElements(By.id("pending-" + rejected)).isEmpty());
        browser.screenshot("admin-kyc-queue");

        approveInQueue(approved);

        WebElement reason = browser.find("#pending-" + rejected + " input[name=reason]");
        browser.script("arguments[0].removeAttribute('required')", reason);
        reason.findElement(By.xpath("following-sibling::button")).click();
        browser.await(d -> d.findElement(By.cssSelector("#kyc .error")).getText().contains("reason"));
        assertThat(statusOf(rejected)).isEqualTo("PENDING_KYC");

        browser.find("#pending-" + rejected + " input[name=reason]").sendKeys("Document number unreadable");
        browser.find("#pending-" + rejected + " button.reject").click();
        browser.await(d -> d.findElements(By.id("pending-" + rejected)).isEmpty());
        JsonNode refused = platform.api().get("/api/participants/" + rejected, platform.admin()).body();
        assertThat(refused.get("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.get("statusReason").asText()).isEqualTo("Document number unreadable");
    }

    @Test
    @Order(3)
    void a_regulator_opens_a_settled_market_and_sees_the_curves_the_txids_and_an_on_chain_match() {
        WorkedExample example = settledMarket();
        JsonNode audit = platform.api().get("/api/regulator/markets/" + example.market + "/settlement", platform.admin()).body();

        browser.signIn("regulator-1", "REGULATOR");
        browser.open("/regulator/markets?microgrid=" + WorkedExample.MICROGRID + "&day="
                + example.deliveryStart.toString().substring(0, 10));
        browser.screenshot("regulator-markets");
        browser.find("a[href='/regulator/markets/" + example.market + "']").click();
        browser.await(d -> d.getCurrentUrl().endsWith(example.market));

        assertThat(browser.text("#market-state")).isEqualTo("SETTLED");
        assertThat(browser.text("#clearing-price")).isEqualTo("0.150000 per kWh");
        Long datasets = browser.await(d -> (Long) browser.script(
                "const c = window.Chart && Chart.getChart(document.getElementById('curves'));"
                        + " return c ? c.data.datasets.length : null;"));
        assertThat(datasets).as("demand, supply and the clearing point").isEqualTo(3L);
        assertThat(browser.findAll("#orders tbody tr")).hasSize(4);
        assertThat(browser.findAll("#orders tbody .source")).extracting(WebElement::getText).containsOnly("MANUAL").hasSize(4);
        assertThat(browser.findAll("#intervals tbody tr")).hasSize(4);

        List<String> shownTxIds = browser.findAll("#groups .txid").stream().map(WebElement::getText).toList();
        assertThat(shownTxIds).hasSize(4);
        audit.at("/groups/0/txIds").forEach(tx -> assertThat(shownTxIds).contains(tx.asText()));
        assertThat(browser.find("#groups .confirmed-round").getText())
                .isEqualTo(audit.at("/groups/0/confirmedRound").asText());

        browser.find("#verify").click();
        browser.await(d -> !d.findElements(By.id("verification-outcome")).isEmpty());
        assertThat(browser.text("#verification-outcome")).isEqualTo("match");
        assertThat(browser.findAll("#holdings tbody tr")).hasSizeGreaterThanOrEqualTo(4);
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("regulator-market");
    }

    @Test
    @Order(4)
    void every_regulator_table_downloads_as_csv_with_the_raw_units() {
        WorkedExample example = settledMarket();
        browser.signIn("regulator-1", "REGULATOR");
        browser.open("/regulator/markets/" + example.market);

        String href = browser.find("#transactions-csv").getAttribute("href");
        List<Object> download = browser.fetch(href);
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat((String) download.get(1)).startsWith("text/csv");
        assertThat((String) download.get(2)).contains("attachment").contains("transactions-");
        String[] rows = ((String) download.get(3)).split("\r\n");
        assertThat(rows[0]).isEqualTo("groupIndex,txId,status,confirmedRound,firstValid,lastValid,signings,ledgerMessage");
        assertThat(rows).hasSize(5);
        JsonNode audit = platform.api().get("/api/regulator/markets/" + example.market + "/settlement", platform.admin()).body();
        assertThat(rows[1]).startsWith("0," + audit.at("/groups/0/txIds/0").asText() + ",CONFIRMED,");

        String lines = (String) browser.fetch(browser.find("#lines-csv").getAttribute("href")).get(3);
        assertThat(lines).contains(example.trader("B1").id() + ",BUY,2500,3000,");
        assertThat(lines).contains(",-267900,");
        for (String table : List.of("#orders-csv", "#orderbook-csv", "#intervals-csv")) {
            List<Object> csv = browser.fetch(browser.find(table).getAttribute("href"));
            assertThat(csv.get(0)).as(table).isEqualTo(200L);
            assertThat(((String) csv.get(3)).split("\r\n").length).as(table).isGreaterThan(1);
        }
        String[] orders = ((String) browser.fetch(browser.find("#orders-csv").getAttribute("href")).get(3)).split("\r\n");
        assertThat(orders[0]).isEqualTo("orderId,participantId,side,quantityWh,limitPricePerKwh,status,clearedWh,placedAt,"
                + "updatedAt,source");
        assertThat(orders).hasSize(5);
        assertThat(List.of(orders).subList(1, 5)).allMatch(row -> row.endsWith(",MANUAL"));
        browser.open("/regulator/participants");
        assertThat(browser.text("#participants")).contains(example.trader("B1").id());
        browser.open("/regulator/participants/" + example.trader("B1").id() + "/statements?from="
                + example.deliveryStart.toString().substring(0, 10));
        String statements = (String) browser.fetch(browser.find("#statements-csv").getAttribute("href")).get(3);
        assertThat(statements).contains(example.market + ",").contains(",-267900,");
        String[] statementRows = statements.split("\r\n");
        assertThat(statementRows[0]).endsWith(",estimated,txIds,automaticClearedWh,manualClearedWh");
        assertThat(statementRows[1]).endsWith(",0,2500");
        assertThat(browser.text("#statements td.automatic-cleared")).isEqualTo("0.000");
        assertThat(browser.text("#statements td.manual-cleared")).isEqualTo("2.500");
        browser.screenshot("regulator-statements");
    }

    @Test
    @Order(5)
    void market_state_changes_appear_on_the_markets_page_without_a_reload() {
        JsonNode open = await().atMost(Duration.ofSeconds(30)).until(() -> lastOpenMarket(), market -> market != null);
        String market = open.get("id").asText();
        browser.signIn("regulator-1", "REGULATOR");
        browser.open("/regulator/markets?microgrid=" + WorkedExample.MICROGRID + "&day="
                + open.get("deliveryStart").asText().substring(0, 10));
        String row = "#market-" + market.replace(':', '_');
        assertThat(browser.text(row + " .state")).isEqualTo("OPEN");
        browser.script("window.poweralgoNotReloaded = true");
        awaitStreamConnected();

        assertThat(platform.api().post("/api/dev/markets/" + market + "/close-gate", platform.admin(), "").status()).isEqualTo(200);

        browser.await(d -> !d.findElement(By.cssSelector(row + " .state")).getText().equals("OPEN"));
        assertThat(browser.script("return window.poweralgoNotReloaded === true")).isEqualTo(true);
    }

    @Test
    @Order(6)
    void a_regulator_is_refused_an_admin_page_and_an_admin_action() {
        String pending = submittedKyc("CONSUMER");
        openKycQueueAs("regulator-1", "REGULATOR");
        assertThat(browser.findAll("#role-refused")).hasSize(1);
        assertThat(browser.findAll("#pending")).isEmpty();
        browser.screenshot("refused");

        postWithSessionToken("/admin/participants/" + pending + "/approve", true);
        browser.await(d -> !d.findElements(By.id("refused")).isEmpty());
        assertThat(browser.findAll("#role-refused")).hasSize(1);
        assertThat(statusOf(pending)).isEqualTo("PENDING_KYC");
    }

    @Test
    @Order(7)
    void a_form_sent_without_its_csrf_token_is_refused_and_changes_nothing() {
        String pending = submittedKyc("PROSUMER");
        openKycQueueAs("admin-1", "ADMIN");
        WebElement approve = browser.find("#pending-" + pending + " form:first-of-type");
        browser.script("const f = arguments[0]; f.removeAttribute('hx-post');"
                + " f.querySelectorAll('input[name=_csrf]').forEach(i => i.remove()); f.submit();", approve);
        browser.await(d -> !d.findElements(By.id("refused")).isEmpty());
        assertThat(browser.findAll("#csrf-refused")).hasSize(1);
        assertThat(statusOf(pending)).isEqualTo("PENDING_KYC");

        postWithSessionToken("/admin/participants/" + pending + "/approve", true);
        browser.await(d -> d.getCurrentUrl().endsWith("/admin/kyc"));
        await().until(() -> statusOf(pending).equals("APPROVED"));
    }

    @Test
    @Order(8)
    void the_admin_sets_market_parameters_of_a_microgrid_and_a_bad_value_is_explained() {
        browser.signIn("admin-1", "ADMIN");
        browser.open("/admin/microgrids");
        WebElement create = browser.find("#new-microgrid");
        create.findElement(By.name("microgridId")).sendKeys("mg-web");
        create.findElement(By.name("gridRetailPrice")).sendKeys("0.32");
        create.findElement(By.name("feedInTariff")).sendKeys("0.07");
        create.findElement(By.cssSelector("button")).click();
        browser.await(d -> !d.findElements(By.id("microgrid-mg-web")).isEmpty());

        WebElement lead = browser.find("#microgrid-mg-web input[name=minutes]");
        lead.clear();
        lead.sendKeys("15");
        lead.submit();
        browser.await(d -> d.findElement(By.cssSelector(".notice")).getText().contains("Gate-closure lead"));

        WebElement k = browser.find("#microgrid-mg-web input[name=priceRuleK]");
        k.clear();
        k.sendKeys("1.5");
        k.submit();
        browser.await(d -> !d.findElements(By.cssSelector(".error")).isEmpty());
        assertThat(browser.text(".error")).contains("priceRuleK");
        browser.screenshot("admin-microgrids");

        JsonNode microgrid = await().until(() -> microgrid("mg-web"), mg -> mg != null && mg.get("gateClosureLeadMinutes").asLong() == 15);
        assertThat(microgrid.get("gridRetailPricePerKwh").asLong()).isEqualTo(320_000);
        assertThat(microgrid.get("feedInTariffPerKwh").asLong()).isEqualTo(70_000);
        assertThat(microgrid.get("priceRuleKPpm").asLong()).isEqualTo(500_000);

        setSite("mg-web", "91", "13.405", "Europe/Berlin");
        browser.await(d -> d.findElements(By.cssSelector(".error")).stream().anyMatch(e -> e.getText().contains("latitude")));
        setSite("mg-web", "52.52", "13.405", "Europe/Berlin");
        browser.await(d -> d.findElements(By.cssSelector(".notice")).stream()
                            .anyMatch(e -> e.getText().contains("Site of mg-web set")));
        assertThat(browser.find("#microgrid-mg-web input[name=timeZone]").getAttribute("value")).isEqualTo("Europe/Berlin");
        assertThat(microgrid("mg-web").get("site").get("latitude").asDouble()).isEqualTo(52.52);
    }

    private static void setSite(String microgrid, String latitude, String longitude, String timeZone) {
        String form = "#microgrid-" + microgrid + " ";
        browser.type(form + "input[name=latitude]", latitude);
        browser.type(form + "input[name=longitude]", longitude);
        browser.type(form + "input[name=timeZone]", timeZone);
        browser.find(form + "input[name=timeZone]").submit();
    }

    @Test
    @Order(9)
    void on_a_phone_the_pages_fit_the_screen_and_wide_tables_scroll_inside_it() {
        WorkedExample example = settledMarket();
        browser.signIn("regulator-1", "REGULATOR");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/regulator/markets/" + example.market, "/regulator/markets",
                    "/regulator/participants", "/account")) {
                browser.open(page);
                Long overflow = (Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as(page + " is wider than the phone by").isLessThanOrEqualTo(0L);
            }
            browser.open("/regulator/markets/" + example.market);
            browser.screenshot("phone-regulator-market");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    @Order(10)
    void a_meter_operator_imports_a_manifest_sees_the_claim_codes_once_and_a_bad_manifest_names_its_rows() throws Exception {
        String first = "SM-MAN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String second = "SM-MAN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path good = manifestFile("good.csv", "meterId,publicKey,ratedPowerWatts\n"
                + first + "," + MeterKey.derive("web-it", first).publicKeyBase64() + ",11000\n"
                + second + "," + MeterKey.derive("web-it", second).publicKeyBase64() + ",4600\n");
        Path bad = manifestFile("bad.csv", "meterId,publicKey,ratedPowerWatts\n" + first + ",not-a-key,11000\n");

        browser.signIn("operator-1", "METER_OPERATOR");
        browser.open("/operator/meters");
        browser.find("#manifest").sendKeys(bad.toString());
        browser.find("#import-form button[type=submit]").click();
        browser.await(d -> !d.findElements(By.id("row-errors")).isEmpty());
        assertThat(browser.text("#row-errors")).contains("publicKey");

        browser.find("#manifest").sendKeys(good.toString());
        browser.find("#import-form button[type=submit]").click();
        browser.await(d -> !d.findElements(By.id("claim-codes")).isEmpty());
        assertThat(browser.findAll("#claim-codes .claim-code")).hasSize(2);
        browser.screenshot("operator-manifest-imported");
        // the list reads the meters read model, which follows the import shortly after
        browser.await(d -> {
            browser.open("/operator/meters");
            String listed = browser.text("#provisioned-meters");
            return listed.contains(first) && listed.contains(second);
        });
        assertThat(browser.text("#provisioned-meters")).contains(first).contains(second).contains("not claimed");
        assertThat(browser.findAll("#claim-codes")).isEmpty();
    }

    @Test
    @Order(11)
    void a_household_cannot_open_the_operator_pages() {
        browser.signIn("someone", "PROSUMER");
        browser.open("/operator/meters");
        assertThat(browser.findAll("#role-refused")).hasSize(1);
    }

    /** The operator registers the meter on its page; answers the claim code the page shows once. */
    private static String registerOnOperatorPage(String meterId) {
        browser.signIn("operator-1", "METER_OPERATOR");
        browser.open("/operator/meters");
        browser.type("#meterId", meterId);
        browser.type("#publicKey", MeterKey.derive("web-it", meterId).publicKeyBase64());
        browser.type("#ratedPowerWatts", "11000");
        browser.find("#register-form button[type=submit]").click();
        browser.await(d -> !d.findElements(By.cssSelector("#claim-codes .claim-code")).isEmpty());
        browser.screenshot("operator-meter-registered");
        return browser.text("#claim-codes .claim-code");
    }

    private static Path manifestFile(String name, String content) throws Exception {
        Path file = platform.dataDir().resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static void approveInQueue(String participant) {
        browser.await(d -> !d.findElements(By.id("pending-" + participant)).isEmpty());
        browser.find("#pending-" + participant + " button.approve").click();
        browser.await(d -> d.findElements(By.id("pending-" + participant)).isEmpty()
                && !d.findElements(By.id("approved-" + participant)).isEmpty());
        assertThat(browser.text("#kyc .notice")).contains("KYC approved");
    }

    /** A form the page did not offer, posted with the session's valid CSRF token (taken from the sign-out form). */
    private static void postWithSessionToken(String path, boolean withToken) {
        browser.script("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + " if (arguments[1]) { const t = document.querySelector('input[name=_csrf]').cloneNode();"
                + " f.appendChild(t); } document.body.appendChild(f); f.submit();", path, withToken);
    }

    /** The participant's status as the admin reads it through the API. */
    private static String statusOf(String participant) {
        return platform.api().get("/api/participants/" + participant, platform.admin()).body().get("status").asText();
    }

    private static void openKycQueueAs(String subject, String role) {
        browser.signIn(subject, role);
        browser.open("/admin/kyc");
    }

    private static String submittedKyc(String role) {
        String id = platform.api().register(role, role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org");
        platform.api().verifyEmailAsDev(id, platform.admin());
        Api.Response kyc = platform.api().post("/api/participants/" + id + "/kyc", platform.api().devToken(id, role), Api.PASSPORT);
        assertThat(kyc.status()).isEqualTo(200);
        await().until(() -> platform.api().get("/api/participants/" + id, platform.admin()).body().path("kyc").has("documentType"));
        return id;
    }

    private static WorkedExample settled;

    /** The worked example of DESIGN §4, played once through the API and settled on the dev ledger. */
    private static synchronized WorkedExample settledMarket() {
        if (settled == null) {
            WorkedExample example = WorkedExample.cleared(platform.app(), platform.admin());
            example.publishReadings(platform.gateway());
            example.awaitState(platform.api(), platform.admin(), "SETTLED");
            await().until(() -> platform.api().get("/api/regulator/markets/" + example.market + "/settlement", platform.admin()).body()
                                   .at("/groups/0/status").asText().equals("CONFIRMED"));
            settled = example;
        }
        return settled;
    }

    private static JsonNode lastOpenMarket() {
        JsonNode markets = platform.api().get("/api/markets?microgrid=" + WorkedExample.MICROGRID, platform.admin()).body();
        JsonNode last = null;
        for (JsonNode market : markets) {
            if (market.get("state").asText().equals("OPEN")) {
                last = market;
            }
        }
        return last;
    }

    private static JsonNode microgrid(String id) {
        for (JsonNode microgrid : platform.api().get("/api/admin/microgrids", platform.admin()).body()) {
            if (microgrid.get("microgridId").asText().equals(id)) {
                return microgrid;
            }
        }
        return null;
    }

    /** htmx opens the event stream after the page loads; a change sent before would not be seen by this page. */
    private static void awaitStreamConnected() {
        browser.await(d -> Boolean.TRUE.equals(browser.script(
                "const data = document.getElementById('live')['htmx-internal-data'];"
                        + " return !!(data && data.sseEventSource && data.sseEventSource.readyState === 1);")));
    }
}
