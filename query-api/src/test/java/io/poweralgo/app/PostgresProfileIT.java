package io.poweralgo.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.poweralgo.app.Api.Response;
import io.poweralgo.app.fixtures.PostgresPlatform;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code postgres} profile against the PostgreSQL server of the machine (started by .ci/run),
 * in a database made for this run and dropped after it. Tokens come from an identity provider's
 * JWK set, and read models go to an external MongoDB-wire server, as in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProfileIT {

    private static final Map<String, String> PASSPORT =
            Map.of("documentType", "PASSPORT", "documentReference", "P-778", "country", "AT");

    @TempDir
    static Path dataDir;
    private PostgresPlatform platform;
    private LocalIdentityProvider idp;
    private LocalMailServer mail;
    private RunningApp app;

    @BeforeAll
    void start() {
        platform = new PostgresPlatform();
        idp = platform.idp();
        mail = platform.mail();
        app = platform.startApp(dataDir, "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s",
                "poweralgo.algorand.onboarding-grant-micro=100000000");
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void register_kyc_approve_and_read_model_on_postgresql() {
        Api api = app.api();
        String email = "pg-" + UUID.randomUUID() + "@example.org";
        String id = api.register("PROSUMER", email);
        assertThat(api.followVerificationLink(mail.verificationLinkSentTo(email, id)).status()).isEqualTo(200);
        String participant = idp.token(id, "PROSUMER");
        assertThat(api.post("/api/participants/" + id + "/kyc", participant, PASSPORT).status()).isEqualTo(200);

        Response approved = api.post("/api/admin/participants/" + id + "/kyc/approve", idp.token("admin-7", "ADMIN"), "");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);

        await().untilAsserted(() -> {
            Response read = api.get("/api/participants/" + id, participant);
            assertThat(read.text("status")).isEqualTo("APPROVED");
            assertThat(read.text("algorandAddress")).isEqualTo(approved.text("algorandAddress"));
        });
        JdbcTemplate events = app.jdbc();
        assertThat(events.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber", String.class, id))
                .containsExactly("io.poweralgo.api.participant.ParticipantRegistered",
                        "io.poweralgo.api.participant.EmailVerificationIssued",
                        "io.poweralgo.api.participant.EmailVerified", "io.poweralgo.api.participant.KycSubmitted", "io.poweralgo.api.participant.KycApproved");
        assertThat(events.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = 'participants'",
                Long.class)).isPositive();
    }

    @Test
    void read_models_go_to_the_configured_mongodb_and_no_embedded_server_starts() {
        String id = app.api().register("CONSUMER", "pg-mongo-" + UUID.randomUUID() + "@example.org");

        assertThat(app.beanCount(MongoServer.class)).isZero();
        try (MongoClient client = MongoClients.create(platform.readModelsUri())) {
            await().untilAsserted(() -> assertThat(client.getDatabase("poweralgo").getCollection("participants")
                    .countDocuments(new Document("_id", id))).isOne());
        }
    }

    @Test
    void bids_reserve_funds_on_postgresql() {
        Api api = app.api();
        String adminToken = idp.token("admin-7", "ADMIN");
        api.put("/api/admin/microgrids/mg-pg/tariffs", adminToken,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
        String email = "pg-bid-" + UUID.randomUUID() + "@example.org";
        String consumer = api.register("CONSUMER", email, "mg-pg");
        api.followVerificationLink(mail.verificationLinkSentTo(email, consumer));
        String token = idp.token(consumer, "CONSUMER");
        api.post("/api/participants/" + consumer + "/kyc", token, PASSPORT);
        api.post("/api/admin/participants/" + consumer + "/kyc/approve", adminToken, "");
        await().atMost(Duration.ofSeconds(60))
               .until(() -> api.get("/api/markets?microgrid=mg-pg", token).body().size() >= 2);
        String market = api.get("/api/markets?microgrid=mg-pg", token).body().get(1).get("id").asText();

        Response bid = api.post("/api/markets/" + market + "/bids", token,
                Map.of("quantityWh", 2_000, "limitPricePerKwh", 150_000));

        assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
        assertThat(app.jdbc().queryForObject("SELECT amount_micro FROM funds_reservation WHERE participant_id = ?",
                Long.class, consumer)).isEqualTo(300_000);
    }

    /** Typing someone's address first does not lock them out: the mailbox's owner verifies, the other cannot. */
    @Test
    void an_unverified_email_blocks_nobody_and_only_the_first_verification_holds_it() {
        Api api = app.api();
        String email = "pg-dup-" + UUID.randomUUID() + "@example.org";
        String squatter = api.register("CONSUMER", email);

        Response owner = api.post("/api/participants", null,
                Map.of("role", "CONSUMER", "microgridId", "mg-1", "displayName", "Owner", "email", email));
        assertThat(owner.status()).as(owner.raw()).isEqualTo(201);
        String ownerId = owner.text("id");
        assertThat(api.followVerificationLink(mail.verificationLinkSentTo(email, ownerId)).status()).isEqualTo(200);

        Response late = api.followVerificationLink(mail.verificationLinkSentTo(email, squatter));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("EMAIL_TAKEN");
        assertThat(app.jdbc().queryForObject("SELECT participant_id FROM participant_email_claim WHERE email = ?",
                String.class, email)).isEqualTo(ownerId);
    }

    @Test
    void dev_tokens_do_not_exist_and_tokens_come_from_the_identity_provider() {
        Api api = app.api();
        Response minting = api.post("/api/dev/tokens", idp.token("admin-7", "ADMIN"),
                Map.of("subject", "x", "roles", List.of("ADMIN")));
        assertThat(minting.status()).isEqualTo(404);
        assertThat(api.post("/api/dev/tokens", null, Map.of("subject", "x", "roles", List.of("ADMIN"))).status())
                .isEqualTo(401);
        assertThat(api.get("/api/admin/participants?status=APPROVED", "forged." + idp.token("a", "ADMIN")).status())
                .isEqualTo(401);
    }

    /** The provider signs tokens for other services too: only those meant for this API are accepted. */
    @Test
    void a_token_for_another_audience_is_refused_with_401() {
        Api api = app.api();
        assertThat(api.get("/api/admin/participants?status=APPROVED", idp.token("admin-7", "ADMIN")).status())
                .isEqualTo(200);

        Response otherAudience = api.get("/api/admin/participants?status=APPROVED",
                idp.tokenFor("billing-service", "admin-7", "ADMIN"));

        assertThat(otherAudience.status()).isEqualTo(401);
        assertThat(otherAudience.text("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void a_token_from_another_issuer_is_refused_with_401() {
        Response otherIssuer = app.api().get("/api/admin/participants?status=APPROVED",
                idp.tokenIssuedBy("https://other-idp.test", "admin-7", "ADMIN"));

        assertThat(otherIssuer.status()).isEqualTo(401);
    }

    @Test
    void schema_uses_bytea_and_a_dedicated_event_sequence() {
        JdbcTemplate jdbc = app.jdbc();
        List<Map<String, Object>> binaryColumns = jdbc.queryForList(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND column_name IN"
                        + " ('payload', 'metadata', 'token', 'serializedsaga', 'task_data', 'sealed_seed', 'iv')");
        assertThat(binaryColumns).hasSize(9).allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE data_type = 'oid'"
                + " AND table_schema = 'public'", Long.class)).isZero();

        String sequence = jdbc.queryForObject("SELECT pg_get_serial_sequence('domainevententry', 'globalindex')",
                String.class);
        assertThat(sequence).isEqualTo("public.domainevententry_globalindex_seq");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND column_default LIKE '%domainevententry_globalindex_seq%'", Long.class)).isOne();
    }
}
