package io.poweralgo.app.meters;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.Api.Response;
import io.poweralgo.app.RunningApp;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meters come from their operator: registration one at a time and by manifest, the roles allowed to do it, claim codes
 * kept only as hashes, claims by households, and readings accepted only under the operator's key.
 */
class MeterProvisioningIT {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final int MAX_ROWS = 8;

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static Api api;
    static String admin;
    static String operator;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir, "poweralgo.meters.manifest-max-rows=" + MAX_ROWS,
                "poweralgo.meters.manifest-max-bytes=4KB");
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
        operator = api.devToken("operator-1", "METER_OPERATOR");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void only_meter_operators_and_admins_register_meters() {
        String prosumer = api.devToken("someone", "PROSUMER");

        assertThat(register(prosumer, meterId(), 11_000).status()).isEqualTo(403);
        assertThat(register(api.devToken("gateway-1", "METER_GATEWAY"), meterId(), 11_000).status()).isEqualTo(403);
        assertThat(register(api.devToken("regulator-1", "REGULATOR"), meterId(), 11_000).status()).isEqualTo(403);
        assertThat(register(operator, meterId(), 11_000).status()).isEqualTo(201);
        assertThat(register(admin, meterId(), 11_000).status()).isEqualTo(201);
        assertThat(api.post("/api/meters/imports", prosumer, CSV, csv(meterId())).status()).isEqualTo(403);
        assertThat(api.get("/api/meters", prosumer).status()).isEqualTo(403);
        assertThat(api.get("/api/meters", api.devToken("regulator-1", "REGULATOR")).status()).isEqualTo(200);
    }

    @Test
    void registration_answers_a_claim_code_once_and_keeps_only_its_hash() {
        String meter = meterId();
        Response registered = register(operator, meter, 11_000);

        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String code = registered.text("claimCode");
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        assertThat(registered.body().get("ratedPowerWatts").asLong()).isEqualTo(11_000);
        String bare = code.replace("-", "");
        Map<String, Object> row = app.jdbc().queryForMap("SELECT * FROM meter_registration WHERE meter_id = ?", meter);
        assertThat(row.values()).map(String::valueOf).noneMatch(value -> value.contains(bare));
        assertThat(String.valueOf(row.get("CLAIM_CODE_HASH"))).matches("[0-9a-f]{64}");
        List<String> events = app.jdbc().query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), "meter/" + meter);
        assertThat(events).hasSize(1).allSatisfy(payload -> {
            assertThat(payload).doesNotContain(bare).doesNotContain(code).contains((String) row.get("CLAIM_CODE_HASH"));
        });
        await().untilAsserted(() -> assertThat(api.get("/api/meters?size=500", operator).raw())
                .contains(meter).doesNotContain(code).doesNotContain("claimCode"));
    }

    @Test
    void a_meter_id_is_registered_once() {
        String meter = meterId();
        register(operator, meter, 11_000);

        Response again = register(admin, meter, 5_000);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("METER_ALREADY_REGISTERED");
    }

    @Test
    void rated_power_is_positive_and_bounded() {
        Response zero = register(operator, meterId(), 0);
        Response huge = register(operator, meterId(), 10_000_001);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().at("/errors/0/field").asText()).isEqualTo("ratedPowerWatts");
        assertThat(huge.status()).isEqualTo(400);
    }

    @Test
    void a_household_claims_a_registered_meter_with_its_code_and_only_the_operators_key_signs_its_readings() {
        String meter = meterId();
        MeterKey operatorKey = MeterKey.derive("operator", meter);
        Response registered = api.post("/api/meters", operator,
                Map.of("meterId", meter, "publicKey", operatorKey.publicKeyBase64(), "ratedPowerWatts", 10_000_000));
        String household = api.approvedParticipant("PROSUMER", meter.toLowerCase() + "@example.org", admin);
        String token = api.devToken(household, "PROSUMER");
        String gateway = api.devToken("gateway-1", "METER_GATEWAY");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

        Response unclaimed = api.post("/api/meter-readings", gateway,
                ReadingPayload.signed(operatorKey, meter, hour.plusSeconds(300).toString(), 100, 0, 1));
        assertThat(unclaimed.text("code")).isEqualTo("METER_NOT_LINKED");

        Response claimed = api.post("/api/participants/" + household + "/meter-claims", token,
                Map.of("meterId", meter, "claimCode", registered.text("claimCode").toLowerCase()));
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(201);
        assertThat(claimed.text("publicKey")).isEqualTo(operatorKey.publicKeyBase64());

        Response signedByOperatorKey = api.post("/api/meter-readings", gateway,
                ReadingPayload.signed(operatorKey, meter, hour.plusSeconds(600).toString(), 200, 0, 2));
        assertThat(signedByOperatorKey.text("outcome")).as(signedByOperatorKey.raw()).isEqualTo("RECORDED");
        Response signedByHouseholdKey = api.post("/api/meter-readings", gateway,
                ReadingPayload.signed(MeterKey.derive("household", meter), meter, hour.plusSeconds(900).toString(),
                        5_000_000_000L, 0, 3));
        assertThat(signedByHouseholdKey.text("code")).isEqualTo("BAD_SIGNATURE");
        await().untilAsserted(() -> assertThat(api.get("/api/meters?size=500", operator).body())
                .anySatisfy(view -> {
                    assertThat(view.get("meterId").asText()).isEqualTo(meter);
                    assertThat(view.get("holder").asText()).isEqualTo(household);
                    assertThat(view.get("claimed").asBoolean()).isTrue();
                }));
    }

    @Test
    void claims_without_the_right_code_are_refused_counted_and_end_in_a_lock_until_a_new_code() {
        String meter = meterId();
        Response registered = register(operator, meter, 11_000);
        String household = api.approvedParticipant("CONSUMER", meter.toLowerCase() + "@example.org", admin);
        String token = api.devToken(household, "CONSUMER");
        String wrong = "0000-0000-0000-0000-0000";

        assertThat(claim(household, token, "SM-NEVER-REGISTERED", registered.text("claimCode")).text("code"))
                .isEqualTo("METER_NOT_REGISTERED");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response refused = claim(household, token, meter, wrong);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("CLAIM_CODE_WRONG");
        }
        Response locked = claim(household, token, meter, registered.text("claimCode"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text("code")).isEqualTo("METER_CLAIM_LOCKED");
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM meter_claim WHERE meter_id = ?", Long.class, meter))
                .isZero();

        Response reissued = api.post("/api/meters/" + meter + "/claim-codes", operator, "");
        assertThat(reissued.status()).as(reissued.raw()).isEqualTo(201);
        assertThat(claim(household, token, meter, registered.text("claimCode")).text("code")).isEqualTo("CLAIM_CODE_WRONG");
        assertThat(claim(household, token, meter, reissued.text("claimCode")).status()).isEqualTo(201);
    }

    @Test
    void a_csv_manifest_registers_every_row_and_answers_each_rows_claim_code() {
        String first = meterId();
        String second = meterId();
        String manifest = "\"meterId\",\"publicKey\",\"ratedPowerWatts\"\r\n"
                          + first + "," + key(first) + ",11000\r\n"
                          + "\r\n"
                          + "\"" + second + "\",\"" + key(second) + "\",\"4600\"\r\n";

        Response imported = api.post("/api/meters/imports", operator, CSV, manifest);

        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().get("registered").asInt()).isEqualTo(2);
        assertThat(imported.body().get("refused").asInt()).isZero();
        JsonNode rows = imported.body().get("rows");
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(rows.get(1).get("meterId").asText()).isEqualTo(second);
        String household = api.approvedParticipant("PROSUMER", second.toLowerCase() + "@example.org", admin);
        assertThat(claim(household, api.devToken(household, "PROSUMER"), second, rows.get(1).get("claimCode").asText())
                .status()).isEqualTo(201);
    }

    @Test
    void a_csv_manifest_with_bad_rows_registers_nothing_and_names_every_bad_row() {
        String good = meterId();
        String duplicate = meterId();
        String manifest = "ratedPowerWatts,meterId,publicKey\n"
                          + "11000," + good + "," + key(good) + "\n"
                          + "11000," + duplicate + "," + key(duplicate) + "\n"
                          + "11000," + duplicate + "," + key(good) + "\n"
                          + "11000,a/b," + "bm90LWEta2V5" + "\n"
                          + "-5," + meterId() + "," + key("x") + ",extra\n"
                          + "many," + meterId() + "," + key("y") + "\n";

        Response refused = api.post("/api/meters/imports", operator, CSV, manifest);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("MANIFEST_INVALID");
        assertThat(refused.body().get("errors")).extracting(error -> error.get("row").asInt() + " " + error.get("code")
                .asText() + " " + error.path("field").asText())
                .containsExactly("4 DUPLICATE_METER_IN_MANIFEST meterId", "5 MANIFEST_ROW_INVALID meterId",
                        "5 MANIFEST_ROW_INVALID publicKey", "6 MANIFEST_ROW_INVALID ", "7 MANIFEST_ROW_INVALID ratedPowerWatts");
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM meter_registration WHERE meter_id IN (?, ?)",
                Long.class, good, duplicate)).isZero();
    }

    @Test
    void a_json_manifest_reports_a_meter_registered_before_on_its_row_and_registers_the_others() {
        String earlier = meterId();
        register(operator, earlier, 11_000);
        String fresh = meterId();
        String manifest = Api.json(Map.of("meters", List.of(
                Map.of("meterId", fresh, "publicKey", key(fresh), "ratedPowerWatts", 7_000),
                Map.of("meterId", earlier, "publicKey", key("another"), "ratedPowerWatts", 7_000))));

        Response imported = api.post("/api/meters/imports", admin, JSON, manifest);

        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().get("registered").asInt()).isEqualTo(1);
        assertThat(imported.body().get("refused").asInt()).isEqualTo(1);
        JsonNode refusedRow = imported.body().get("rows").get(1);
        assertThat(refusedRow.get("row").asInt()).isEqualTo(2);
        assertThat(refusedRow.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refusedRow.get("code").asText()).isEqualTo("METER_ALREADY_REGISTERED");
        assertThat(refusedRow.has("claimCode")).isFalse();
    }

    @Test
    void a_json_manifest_with_bad_rows_registers_nothing() {
        String good = meterId();
        String manifest = "{\"meters\": [{\"meterId\": \"" + good + "\", \"publicKey\": \"" + key(good)
                          + "\", \"ratedPowerWatts\": 7000}, {\"meterId\": \"" + meterId() + "\", \"publicKey\": \""
                          + key("z") + "\", \"ratedPowerWatts\": 1.5}]}";

        Response refused = api.post("/api/meters/imports", operator, JSON, manifest);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().at("/errors/0/row").asInt()).isEqualTo(2);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("ratedPowerWatts");
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM meter_registration WHERE meter_id = ?", Long.class, good))
                .isZero();
        assertThat(api.post("/api/meters/imports", operator, JSON, "{\"meters\": 3}").text("code"))
                .isEqualTo("MANIFEST_UNREADABLE");
    }

    @Test
    void a_manifest_is_bounded_in_rows_and_bytes() {
        StringBuilder tooMany = new StringBuilder("meterId,publicKey,ratedPowerWatts\n");
        for (int i = 0; i <= MAX_ROWS; i++) {
            String meter = meterId();
            tooMany.append(meter).append(',').append(key(meter)).append(",1000\n");
        }
        String tooLarge = "meterId,publicKey,ratedPowerWatts\n" + "#".repeat(5_000);

        assertThat(api.post("/api/meters/imports", operator, CSV, tooMany.toString()).text("code"))
                .isEqualTo("MANIFEST_TOO_MANY_ROWS");
        assertThat(api.post("/api/meters/imports", operator, CSV, tooLarge).text("code")).isEqualTo("MANIFEST_TOO_LARGE");
        assertThat(api.post("/api/meters/imports", operator, CSV, "\n\n").text("code")).isEqualTo("MANIFEST_EMPTY");
        assertThat(api.post("/api/meters/imports", operator, CSV, "id,key\n").text("code"))
                .isEqualTo("MANIFEST_HEADER_INVALID");
    }

    private static Response register(String token, String meter, long ratedPowerWatts) {
        return api.post("/api/meters", token, Map.of("meterId", meter, "publicKey", key(meter),
                "ratedPowerWatts", ratedPowerWatts));
    }

    private static Response claim(String participant, String token, String meter, String code) {
        return api.post("/api/participants/" + participant + "/meter-claims", token, Map.of("meterId", meter, "claimCode", code));
    }

    private static String csv(String meter) {
        return "meterId,publicKey,ratedPowerWatts\n" + meter + "," + key(meter) + ",1000\n";
    }

    private static String key(String meter) {
        return MeterKey.derive("provisioning-it", meter).publicKeyBase64();
    }

    private static String meterId() {
        return "SM-P-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
