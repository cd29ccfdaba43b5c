package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.poweralgo.app.Api.Response;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.poweralgo.app.Api.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The participant API through the whole application over HTTP, in the embedded default profile. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantApiIT {

    @TempDir
    static Path dataDir;
    private RunningApp app;
    private Api api;
    private String admin;

    @BeforeAll
    void start() {
        app = RunningApp.start(dataDir);
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void an_admin_replays_a_projection_and_it_rebuilds_the_same_documents() {
        String id = api.approvedParticipant("PROSUMER", "replay-" + UUID.randomUUID() + "@example.org", admin);
        await().until(() -> api.get("/api/participants/" + id, admin).body().path("status").asText().equals("APPROVED"));
        JsonNode before = api.get("/api/participants/" + id, admin).body();

        Api.Response replay = api.post("/api/admin/processors/participants/replay", admin, "");

        assertThat(replay.status()).as(replay.raw()).isEqualTo(202);
        await().until(() -> before.equals(api.get("/api/participants/" + id, admin).body()));
        JsonNode processors = api.get("/api/admin/processors", admin).body();
        assertThat(processors.findValuesAsText("name")).contains("participants", "SettlementSagaProcessor");

        Api.Response saga = api.post("/api/admin/processors/SettlementSagaProcessor/replay", admin, "");
        assertThat(saga.status()).isEqualTo(409);
        assertThat(saga.text("code")).isEqualTo("PROCESSOR_NOT_REPLAYABLE");
        assertThat(api.post("/api/admin/processors/no-such/replay", admin, "").status()).isEqualTo(404);
        String regulator = api.devToken("regulator-1", "REGULATOR");
        assertThat(api.post("/api/admin/processors/participants/replay", regulator, "").status()).isEqualTo(403);
    }

    @Test
    void embedded_default_uses_persistent_jdbc_event_store_and_deadlines() {
        assertThat(app.bean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(app.bean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(dataDir.resolve("eventstore.mv.db")).exists();
        assertThat(dataDir.resolve("readmodels.mv")).exists();
    }

    @Test
    void register_submit_kyc_approve_and_read_back() {
        Response registered = api.post("/api/participants", null, Map.of("role", "PROSUMER", "microgridId", "mg-1",
                "displayName", "Alice", "email", unique("alice")));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.text("id");
        assertThat(registered.text("status")).isEqualTo("PENDING_KYC");
        assertThat(registered.location()).isEqualTo("/api/participants/" + id);
        String alice = api.devToken(id, "PROSUMER");
        api.verifyEmailAsDev(id, admin);

        Response kyc = api.post("/api/participants/" + id + "/kyc", alice, PASSPORT);
        assertThat(kyc.status()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(api.get("/api/admin/participants?status=PENDING_KYC", admin).raw())
                .contains(id));

        Response approved = api.post("/api/admin/participants/" + id + "/kyc/approve", admin, "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        String address = approved.text("algorandAddress");
        assertThat(address).matches("[A-Z2-7]{58}");

        await().untilAsserted(() -> {
            Response read = api.get("/api/participants/" + id, alice);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.text("status")).isEqualTo("APPROVED");
            assertThat(read.text("algorandAddress")).isEqualTo(address);
            assertThat(read.body().get("emailVerified").asBoolean()).isTrue();
            assertThat(read.body().at("/kyc/country").asText()).isEqualTo("DE");
        });
        assertThat(app.jdbc().queryForObject("SELECT address FROM custodial_account WHERE participant_id = ?",
                String.class, id)).isEqualTo(address);
    }

    @Test
    void approved_participant_claims_and_unlinks_a_meter_its_operator_registered() {
        String id = approvedParticipant("CONSUMER");
        String token = api.devToken(id, "CONSUMER");
        String meter = "SM-" + UUID.randomUUID();

        api.provisionAndClaim(id, token, api.devToken("operator-1", "METER_OPERATOR"), meter, key(7));
        await().untilAsserted(() -> {
            assertThat(api.get("/api/participants/" + id, token).body().at("/meters/0/meterId").asText()).isEqualTo(meter);
            assertThat(api.get("/api/admin/meters/" + meter, admin).text("participantId")).isEqualTo(id);
        });

        assertThat(api.delete("/api/participants/" + id + "/meters/" + meter, token).status()).isEqualTo(204);
        await().untilAsserted(() -> assertThat(api.get("/api/admin/meters/" + meter, admin).status()).isEqualTo(404));
    }

    @Test
    void dev_token_endpoint_exists_in_the_default_profile_and_validates_its_input() {
        assertThat(api.devToken("someone", "REGULATOR")).isNotBlank();
        Response noRoles = api.post("/api/dev/tokens", null, Map.of("subject", "someone"));
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.raw()).contains("roles");
    }

    @Test
    void openapi_and_health_are_served_without_a_token() {
        Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/participants")).isTrue();
        assertThat(docs.body().get("paths").has("/api/admin/participants/{id}/kyc/approve")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).text("status")).isEqualTo("UP");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {

        @Test
        void missing_field_is_400_naming_it() {
            long events = app.eventCount();
            Response response = api.post("/api/participants", null,
                    Map.of("role", "PROSUMER", "microgridId", "mg-1", "displayName", "No Mail"));

            assertProblem(response, 400, "INVALID_REQUEST");
            assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("email");
            assertThat(app.eventCount()).isEqualTo(events);
        }

        @Test
        void malformed_fields_are_400_naming_each() {
            Response badEmail = api.post("/api/participants", null, Map.of("role", "PROSUMER", "microgridId", "mg-1",
                    "displayName", "X", "email", "not-an-email"));
            assertProblem(badEmail, 400, "INVALID_REQUEST");
            assertThat(badEmail.body().at("/errors/0/field").asText()).isEqualTo("email");

            Response badRole = api.post("/api/participants", null, Map.of("role", "KING", "microgridId", "mg-1",
                    "displayName", "X", "email", unique("king")));
            assertProblem(badRole, 400, "INVALID_REQUEST");
            assertThat(badRole.body().at("/errors/0/field").asText()).isEqualTo("role");

            Response badMicrogrid = api.post("/api/participants", null, Map.of("role", "CONSUMER",
                    "microgridId", "mg:1", "displayName", "X", "email", unique("colon")));
            assertProblem(badMicrogrid, 400, "INVALID_REQUEST");
            assertThat(badMicrogrid.body().at("/errors/0/field").asText()).isEqualTo("microgridId");

            Response notJson = api.post("/api/participants", null, "{\"role\": ");
            assertProblem(notJson, 400, "MALFORMED_REQUEST");
        }

        @Test
        void only_prosumers_and_consumers_register() {
            Response response = api.post("/api/participants", null, Map.of("role", "ADMIN", "microgridId", "mg-1",
                    "displayName", "Mallory", "email", unique("mallory")));

            assertProblem(response, 400, "INVALID_REQUEST");
            assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("role");
        }

        @Test
        void malformed_kyc_and_meter_fields_are_400_naming_them() {
            String id = approvedParticipant("PROSUMER");
            String token = api.devToken(id, "PROSUMER");
            long events = app.eventCount(id);

            Response badCountry = api.post("/api/participants/" + id + "/kyc", token,
                    Map.of("documentType", "PASSPORT", "documentReference", "X1", "country", "XX"));
            assertProblem(badCountry, 400, "INVALID_REQUEST");
            assertThat(badCountry.body().at("/errors/0/field").asText()).isEqualTo("country");

            String operator = api.devToken("operator-1", "METER_OPERATOR");
            Response badKey = api.post("/api/participants/" + id + "/meters", operator,
                    Map.of("meterId", "SM-1", "publicKey", Base64.getEncoder().encodeToString(new byte[16])));
            assertProblem(badKey, 400, "INVALID_REQUEST");
            assertThat(badKey.body().at("/errors/0/field").asText()).isEqualTo("publicKey");

            Response badMeterId = api.post("/api/participants/" + id + "/meters", operator,
                    Map.of("meterId", "a/b", "publicKey", key(1)));
            assertThat(badMeterId.body().at("/errors/0/field").asText()).isEqualTo("meterId");

            assertThat(app.eventCount(id)).isEqualTo(events);
        }

        /** Typing someone's address first does not lock them out: it is held by whoever verifies it first. */
        @Test
        void an_unverified_email_blocks_nobody_and_a_second_verification_is_409() {
            String email = unique("dup");
            String first = api.register("CONSUMER", email);

            Response second = api.post("/api/participants", null, Map.of("role", "PROSUMER", "microgridId", "mg-2",
                    "displayName", "Copy", "email", email.toUpperCase()));

            assertThat(second.status()).as(second.raw()).isEqualTo(201);
            assertThat(second.body().get("emailVerified").asBoolean()).isFalse();
            api.verifyEmailAsDev(second.text("id"), admin);
            assertProblem(api.post("/api/dev/participants/" + first + "/email-verification", admin, ""), 409,
                    "EMAIL_TAKEN");
            assertThat(app.jdbc().queryForObject("SELECT participant_id FROM participant_email_claim WHERE email = ?",
                    String.class, email)).isEqualTo(second.text("id"));
        }

        @Test
        void concurrent_verifications_of_one_email_let_exactly_one_participant_hold_it() throws Exception {
            String email = unique("race");
            List<String> participants = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                participants.add(api.register("CONSUMER", email));
            }
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<Response>> attempts = new ArrayList<>();
                for (String participant : participants) {
                    attempts.add(clients.submit(() -> api.post("/api/dev/participants/" + participant
                            + "/email-verification", admin, "")));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> attempt : attempts) {
                    statuses.add(attempt.get(30, TimeUnit.SECONDS).status());
                }
                assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
            } finally {
                clients.shutdownNow();
            }
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM participant_email_claim WHERE email = ?",
                    Long.class, email)).isOne();
        }

        @Test
        void kyc_approval_waits_for_a_verified_email() {
            String id = api.register("PROSUMER", unique("unverified"));
            api.post("/api/participants/" + id + "/kyc", api.devToken(id, "PROSUMER"), PASSPORT);

            assertProblem(api.post("/api/admin/participants/" + id + "/kyc/approve", admin, ""), 409, "EMAIL_NOT_VERIFIED");
        }

        @Test
        void a_wrong_verification_token_is_403_and_the_owner_may_ask_for_a_new_link() {
            String id = api.register("CONSUMER", unique("wrong-token"));

            assertProblem(api.post("/api/participants/" + id + "/email-verification", null,
                    Map.of("token", "A".repeat(43))), 403, "EMAIL_VERIFICATION_INVALID");
            assertThat(api.post("/api/participants/" + id + "/email-verification/link", api.devToken(id, "CONSUMER"), "")
                          .status()).isEqualTo(202);
            assertProblem(api.post("/api/participants/" + id + "/email-verification/link",
                    api.devToken("someone-else", "CONSUMER"), ""), 403, "FORBIDDEN");
        }

        @Test
        void unknown_id_is_404() {
            assertProblem(api.get("/api/participants/no-such-id", admin), 404, "NOT_FOUND");
            assertProblem(api.post("/api/admin/participants/no-such-id/kyc/approve", admin, ""), 404, "NOT_FOUND");
            assertProblem(api.get("/api/admin/meters/no-such-meter", admin), 404, "NOT_FOUND");
            assertThat(app.eventCount("no-such-id")).isZero();
        }

        @Test
        void wrong_role_is_403() {
            String id = api.register("PROSUMER", unique("wrong-role"));
            String self = api.devToken(id, "PROSUMER");
            api.post("/api/participants/" + id + "/kyc", self, PASSPORT);
            long events = app.eventCount(id);

            assertProblem(api.post("/api/admin/participants/" + id + "/kyc/approve", self, ""), 403, "FORBIDDEN");
            String regulator = api.devToken("regulator-1", "REGULATOR");
            assertProblem(api.post("/api/admin/participants/" + id + "/kyc/approve", regulator, ""), 403, "FORBIDDEN");
            String stranger = api.devToken(api.register("CONSUMER", unique("stranger")), "CONSUMER");
            assertProblem(api.get("/api/participants/" + id, stranger), 403, "FORBIDDEN");
            assertProblem(api.post("/api/participants/" + id + "/kyc", stranger, PASSPORT), 403, "FORBIDDEN");
            assertProblem(api.get("/api/admin/participants?status=PENDING_KYC", self), 403, "FORBIDDEN");

            assertThat(app.eventCount(id)).isEqualTo(events);
            assertThat(api.get("/api/admin/participants?status=PENDING_KYC", regulator).status()).isEqualTo(200);
        }

        @Test
        void missing_or_bad_token_is_401() {
            String id = api.register("PROSUMER", unique("no-token"));
            long registered = app.eventCount(id);

            Response none = api.get("/api/participants/" + id, null);
            assertProblem(none, 401, "UNAUTHENTICATED");
            assertProblem(api.get("/api/participants/" + id, "not-a-jwt"), 401, "UNAUTHENTICATED");
            String forged = api.devToken(id, "PROSUMER");
            String tampered = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
            assertProblem(api.get("/api/participants/" + id, tampered), 401, "UNAUTHENTICATED");
            assertProblem(api.post("/api/participants/" + id + "/kyc", null, PASSPORT), 401, "UNAUTHENTICATED");
            assertThat(app.eventCount(id)).isEqualTo(registered);
        }

        @Test
        void approving_kyc_that_is_not_pending_is_409_and_opens_no_account() {
            String noDocuments = api.register("PROSUMER", unique("no-docs"));
            long registered = app.eventCount(noDocuments);
            assertProblem(api.post("/api/admin/participants/" + noDocuments + "/kyc/approve", admin, ""), 409,
                    "KYC_NOT_PENDING");

            String approved = approvedParticipant("PROSUMER");
            long events = app.eventCount(approved);
            assertProblem(api.post("/api/admin/participants/" + approved + "/kyc/approve", admin, ""), 409,
                    "KYC_NOT_PENDING");
            assertProblem(api.post("/api/admin/participants/" + approved + "/kyc/reject", admin,
                    Map.of("reason", "late change of mind")), 409, "KYC_NOT_PENDING");

            assertThat(app.eventCount(approved)).isEqualTo(events);
            assertThat(app.eventCount(noDocuments)).isEqualTo(registered);
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM custodial_account WHERE participant_id IN (?, ?)",
                    Long.class, noDocuments, approved)).isOne();
        }

        @Test
        void reject_needs_a_reason() {
            String id = api.register("CONSUMER", unique("reason"));
            api.post("/api/participants/" + id + "/kyc", api.devToken(id, "CONSUMER"), PASSPORT);

            Response response = api.post("/api/admin/participants/" + id + "/kyc/reject", admin, Map.of("reason", " "));
            assertProblem(response, 400, "INVALID_REQUEST");
            assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("reason");
            assertThat(api.post("/api/admin/participants/" + id + "/kyc/reject", admin,
                    Map.of("reason", "scan unreadable")).text("status")).isEqualTo("REJECTED");
        }

        @Test
        void a_household_linking_a_key_of_its_own_is_403_and_nothing_is_linked() {
            String id = approvedParticipant("PROSUMER");
            String token = api.devToken(id, "PROSUMER");
            String meter = "SM-" + UUID.randomUUID();
            long events = app.eventCount(id);

            Response response = api.post("/api/participants/" + id + "/meters", token,
                    Map.of("meterId", meter, "publicKey", key(9)));

            assertProblem(response, 403, "METER_KEY_NOT_PROVISIONED");
            assertThat(app.eventCount(id)).isEqualTo(events);
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM meter_claim WHERE meter_id = ?", Long.class, meter))
                    .isZero();
            assertThat(api.get("/api/participants/" + id, token).body().at("/meters").size()).isZero();
        }

        @Test
        void an_operator_links_only_the_key_it_registered() {
            String id = approvedParticipant("PROSUMER");
            String operator = api.devToken("operator-1", "METER_OPERATOR");
            String meter = "SM-" + UUID.randomUUID();
            assertThat(api.post("/api/meters", operator, Map.of("meterId", meter, "publicKey", key(4),
                    "ratedPowerWatts", 11_000)).status()).isEqualTo(201);

            Response otherKey = api.post("/api/participants/" + id + "/meters", operator,
                    Map.of("meterId", meter, "publicKey", key(5)));
            assertProblem(otherKey, 403, "METER_KEY_NOT_PROVISIONED");

            Response registeredKey = api.post("/api/participants/" + id + "/meters", operator,
                    Map.of("meterId", meter, "publicKey", key(4)));
            assertThat(registeredKey.status()).as(registeredKey.raw()).isEqualTo(201);
        }

        @Test
        void meter_claimed_by_someone_else_is_409_and_stays_theirs() {
            String owner = approvedParticipant("PROSUMER");
            String other = approvedParticipant("CONSUMER");
            String meter = "SM-" + UUID.randomUUID();
            String operator = api.devToken("operator-1", "METER_OPERATOR");
            Response registered = api.post("/api/meters", operator,
                    Map.of("meterId", meter, "publicKey", key(1), "ratedPowerWatts", 11_000));
            String code = registered.text("claimCode");
            api.post("/api/participants/" + owner + "/meter-claims", api.devToken(owner, "PROSUMER"),
                    Map.of("meterId", meter, "claimCode", code));
            long events = app.eventCount(other);

            Response response = api.post("/api/participants/" + other + "/meter-claims", api.devToken(other, "CONSUMER"),
                    Map.of("meterId", meter, "claimCode", code));

            assertProblem(response, 409, "METER_LINKED_ELSEWHERE");
            assertThat(app.eventCount(other)).isEqualTo(events);
            await().untilAsserted(() -> assertThat(api.get("/api/admin/meters/" + meter, admin).text("participantId"))
                    .isEqualTo(owner));
        }

        private void assertProblem(Response response, int status, String code) {
            assertThat(response.status()).as(response.raw()).isEqualTo(status);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text("code")).isEqualTo(code);
            assertThat(response.text("detail")).isNotBlank();
        }
    }

    private String approvedParticipant(String role) {
        return api.approvedParticipant(role, unique(role.toLowerCase()), admin);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    static String key(int seed) {
        byte[] raw = new byte[32];
        raw[0] = (byte) seed;
        raw[31] = (byte) (seed * 31);
        return Base64.getEncoder().encodeToString(raw);
    }

    /**
     * A household's trading preferences: set and read back, only by the household itself, and every
     * bad input answered with problem+json and a code while nothing is written.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TradingPreferences {

        /** retail 300 000, feed-in 80 000 micro-units per kWh */
        private static final Map<String, Object> TARIFFS = Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000);
        private static final Map<String, Object> PROSUMER_PREFERENCES = Map.of("autoTrading", true,
                "maxBuyPricePerKwh", 250_000, "minSellPricePerKwh", 120_000, "annualConsumptionKwh", 3_500, "pvPeakKw", 6.0);

        @BeforeAll
        void setTariffs() {
            Response tariffs = api.put("/api/admin/microgrids/mg-1/tariffs", admin, TARIFFS);
            assertThat(tariffs.status()).as(tariffs.raw()).isEqualTo(200);
        }

        @Test
        void a_prosumer_sets_its_preferences_and_reads_them_back_as_do_admins_and_regulators() {
            String id = approved("PROSUMER");
            String token = api.devToken(id, "PROSUMER");
            assertThat(api.get(path(id), token).status()).isEqualTo(404);
            assertThat(api.get(path(id), token).text("code")).isEqualTo("TRADING_PREFERENCES_NOT_SET");

            Response set = api.put(path(id), token, PROSUMER_PREFERENCES);

            assertThat(set.status()).as(set.raw()).isEqualTo(200);
            assertThat(set.body().get("pvPeakKw").decimalValue()).isEqualByComparingTo("6");
            await().untilAsserted(() -> assertThat(api.get(path(id), token).status()).isEqualTo(200));
            JsonNode read = api.get(path(id), token).body();
            assertThat(read.get("autoTrading").asBoolean()).isTrue();
            assertThat(read.get("maxBuyPricePerKwh").asLong()).isEqualTo(250_000);
            assertThat(read.get("minSellPricePerKwh").asLong()).isEqualTo(120_000);
            assertThat(read.get("annualConsumptionKwh").asLong()).isEqualTo(3_500);
            assertThat(read.get("pvPeakKw").decimalValue()).isEqualByComparingTo("6");
            assertThat(read.get("updatedBy").asText()).isEqualTo(id);
            assertThat(read.get("updatedAt").asText()).isNotBlank();
            assertThat(read.get("forecast")).as("the next 24 delivery hours").hasSize(24);
            assertThat(read.at("/forecast/0/source").asText()).as("no meter history yet").isEqualTo("STANDARD_PROFILE");
            assertThat(withoutForecast(api.get(path(id), admin).body())).isEqualTo(withoutForecast(read));
            assertThat(withoutForecast(api.get(path(id), api.devToken("regulator-1", "REGULATOR")).body()))
                    .isEqualTo(withoutForecast(read));

            Response again = api.put(path(id), token, PROSUMER_PREFERENCES);
            assertThat(again.status()).isEqualTo(200);
            Response off = api.put(path(id), token, Map.of("autoTrading", false, "maxBuyPricePerKwh", 250_000,
                    "pvPeakKw", new BigDecimal("6.5")));
            assertThat(off.status()).as(off.raw()).isEqualTo(200);
            await().untilAsserted(() -> {
                JsonNode now = api.get(path(id), token).body();
                assertThat(now.get("autoTrading").asBoolean()).isFalse();
                assertThat(now.get("pvPeakKw").decimalValue()).isEqualByComparingTo("6.5");
                assertThat(now.has("minSellPricePerKwh")).isFalse();
                assertThat(now.has("annualConsumptionKwh")).isFalse();
            });
        }

        @Test
        void nobody_sets_or_reads_another_households_preferences() {
            String id = approved("CONSUMER");
            String other = approved("CONSUMER");
            String otherToken = api.devToken(other, "CONSUMER");
            long events = app.eventCount(id);
            Map<String, Object> buyer = Map.of("autoTrading", true, "maxBuyPricePerKwh", 250_000);

            Response byOther = api.put(path(id), otherToken, buyer);
            Response byAdmin = api.put(path(id), admin, buyer);

            assertForbidden(byOther);
            assertForbidden(byAdmin);
            assertForbidden(api.get(path(id), otherToken));
            assertThat(app.eventCount(id)).isEqualTo(events);
            assertThat(api.get(path(id), admin).status()).isEqualTo(404);
        }

        @Test
        void bad_input_is_refused_with_a_code_and_writes_nothing() {
            String prosumer = approved("PROSUMER");
            String prosumerToken = api.devToken(prosumer, "PROSUMER");
            String consumer = approved("CONSUMER");
            String consumerToken = api.devToken(consumer, "CONSUMER");
            assertThat(api.put(path(prosumer), prosumerToken, PROSUMER_PREFERENCES).status()).isEqualTo(200);
            assertThat(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000))
                          .status()).isEqualTo(200);
            await().untilAsserted(() -> {
                assertThat(api.get(path(prosumer), prosumerToken).status()).isEqualTo(200);
                assertThat(api.get(path(consumer), consumerToken).status()).isEqualTo(200);
            });
            JsonNode prosumerBefore = api.get(path(prosumer), prosumerToken).body();
            JsonNode consumerBefore = api.get(path(consumer), consumerToken).body();
            long prosumerEvents = app.eventCount(prosumer);
            long consumerEvents = app.eventCount(consumer);

            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("maxBuyPricePerKwh", 300_001))),
                    "PRICE_OUTSIDE_TARIFFS");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("minSellPricePerKwh", 79_999))),
                    "PRICE_OUTSIDE_TARIFFS");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("maxBuyPricePerKwh", -1))),
                    "INVALID_REQUEST", "maxBuyPricePerKwh");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("annualConsumptionKwh", -3_500))),
                    "INVALID_REQUEST", "annualConsumptionKwh");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("annualConsumptionKwh", 35_000_000))),
                    "INVALID_REQUEST", "annualConsumptionKwh");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", -6))),
                    "INVALID_REQUEST", "pvPeakKw");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", 6_000))),
                    "INVALID_REQUEST", "pvPeakKw");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", new BigDecimal("6.0005")))),
                    "INVALID_REQUEST", "pvPeakKw");
            assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", "six"))),
                    "INVALID_REQUEST", "pvPeakKw");
            assertRefused(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000,
                    "minSellPricePerKwh", 120_000)), "CONSUMERS_ONLY_BUY");
            assertRefused(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000,
                    "pvPeakKw", 4)), "CONSUMERS_ONLY_BUY");
            assertRefused(api.put(path(consumer), consumerToken, Map.of("maxBuyPricePerKwh", 200_000)),
                    "INVALID_REQUEST", "autoTrading");

            assertThat(app.eventCount(prosumer)).isEqualTo(prosumerEvents);
            assertThat(app.eventCount(consumer)).isEqualTo(consumerEvents);
            assertThat(api.get(path(prosumer), prosumerToken).body()).isEqualTo(prosumerBefore);
            assertThat(api.get(path(consumer), consumerToken).body()).isEqualTo(consumerBefore);
        }

        @Test
        void a_participant_awaiting_kyc_cannot_set_preferences() {
            String id = api.register("CONSUMER", unique());
            String token = api.devToken(id, "CONSUMER");

            assertRefused(api.put(path(id), token, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000)),
                    "NOT_APPROVED", 409);
        }

        private static Map<String, Object> prosumer(Map<String, Object> changed) {
            Map<String, Object> body = new HashMap<>(PROSUMER_PREFERENCES);
            body.putAll(changed);
            return body;
        }

        private String approved(String role) {
            return api.approvedParticipant(role, unique(), admin);
        }

        private static String unique() {
            return "prefs-" + UUID.randomUUID() + "@example.org";
        }

        private static String path(String participant) {
            return "/api/participants/" + participant + "/trading-preferences";
        }

        /** The preferences alone: the forecast view moves on with the clock between two reads. */
        private static JsonNode withoutForecast(JsonNode preferences) {
            return ((ObjectNode) preferences.deepCopy()).without("forecast");
        }

        private static void assertForbidden(Response response) {
            assertThat(response.status()).as(response.raw()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        private static void assertRefused(Response response, String code) {
            assertRefused(response, code, 400);
        }

        private static void assertRefused(Response response, String code, int status) {
            assertThat(response.status()).as(response.raw()).isEqualTo(status);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text("code")).as(response.raw()).isEqualTo(code);
        }

        private static void assertRefused(Response response, String code, String field) {
            assertRefused(response, code);
            assertThat(response.body().findValuesAsText("field")).as(response.raw()).contains(field);
        }
    }
}
