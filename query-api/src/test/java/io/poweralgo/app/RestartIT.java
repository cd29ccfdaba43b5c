package io.poweralgo.app;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.Api.Response;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.market.query.ParticipantProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stops the application and starts it again on the same data folder. */
class RestartIT {

    private static final Map<String, String> PASSPORT =
            Map.of("documentType", "NATIONAL_ID_CARD", "documentReference", "L01X00T47", "country", "NL");

    @TempDir
    Path dataDir;

    @Test
    void participants_events_read_models_keys_and_deadlines_survive_a_restart() throws Exception {
        String id;
        String participantToken;
        String address;
        long events;
        Document readModelBefore;
        try (RunningApp first = RunningApp.start(dataDir)) {
            Api api = first.api();
            String admin = api.devToken("admin-1", "ADMIN");
            id = api.register("PROSUMER", "restart@example.org");
            participantToken = api.devToken(id, "PROSUMER");
            api.verifyEmailAsDev(id, admin);
            api.post("/api/participants/" + id + "/kyc", participantToken, PASSPORT);
            address = api.post("/api/admin/participants/" + id + "/kyc/approve", admin, "").text("algorandAddress");
            api.provisionAndClaim(id, participantToken, admin, "SM-RESTART", ParticipantApiIT.key(3));
            await().untilAsserted(() -> assertThat(participant(api, id, participantToken).at("/meters/0/meterId").asText())
                    .isEqualTo("SM-RESTART"));
            events = first.eventCount();
            readModelBefore = participantDocument(first, id);
            first.bean(DeadlineManager.class).schedule(Duration.ofSeconds(3), "restart-probe", null,
                    new AggregateScopeDescriptor("Participant", id));
            assertThat(scheduledDeadlines(first)).isOne();
        }

        try (RunningApp second = RunningApp.start(dataDir)) {
            Api api = second.api();
            // the token minted before the restart still verifies: the signing key is kept too
            JsonNode participant = participant(api, id, participantToken);
            assertThat(participant.get("status").asText()).isEqualTo("APPROVED");
            assertThat(participant.get("algorandAddress").asText()).isEqualTo(address);
            assertThat(second.eventCount()).isEqualTo(events);
            assertThat(participantDocument(second, id)).isEqualTo(readModelBefore);

            // the command side rebuilds the aggregate and the claims from what was stored
            String admin = api.devToken("admin-1", "ADMIN");
            assertThat(api.post("/api/admin/participants/" + id + "/kyc/approve", admin, "").text("code"))
                    .isEqualTo("KYC_NOT_PENDING");
            String again = api.register("CONSUMER", "restart@example.org");
            assertThat(api.post("/api/dev/participants/" + again + "/email-verification", admin, "").text("code"))
                    .isEqualTo("EMAIL_TAKEN");

            // the custodial key sealed before the restart still signs for the same address
            Transaction tx = Transaction.PaymentTransactionBuilder().sender(new Address(address))
                                        .receiver(new Address(address)).amount(0L).flatFee(1_000L)
                                        .firstValid(1L).lastValid(100L).genesisHash(new byte[32]).build();
            SignedTransaction signed = second.bean(CustodialKeyStore.class).sign(new ParticipantId(id), tx);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(tx.sender.toVerifyKey());
            verifier.update(tx.bytesToSign());
            assertThat(verifier.verify(signed.sig.getBytes())).isTrue();

            // the deadline scheduled before the restart fires after it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scheduledDeadlines(second)).isZero());
        }
    }

    @Test
    void a_gate_closure_scheduled_before_a_restart_closes_the_market_after_it() {
        // round cycles of 22 rounds of 2.8 s (61.6 s) with a 10 s lead: some gate closes within a minute
        String[] oneMinuteMarkets = {"poweralgo.market.cycle=ROUNDS", "poweralgo.market.rounds.per-cycle=22",
                "poweralgo.market.rounds.round-time=2800ms", "poweralgo.market.gate-closure-lead=10s",
                "poweralgo.market.horizon-hours=3", "poweralgo.market.scheduler-interval=1s",
                "db-scheduler.polling-interval=1s"};
        String market;
        try (RunningApp first = RunningApp.start(dataDir, oneMinuteMarkets)) {
            Api api = first.api();
            String admin = api.devToken("admin-1", "ADMIN");
            api.put("/api/admin/microgrids/mg-restart/tariffs", admin,
                    Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
            await().atMost(Duration.ofSeconds(30))
                   .until(() -> api.get("/api/markets?microgrid=mg-restart", admin).body().size() > 0);
            JsonNode opened = api.get("/api/markets?microgrid=mg-restart", admin).body().get(0);
            assertThat(opened.get("state").asText()).isEqualTo("OPEN");
            market = opened.get("id").asText();
        }

        try (RunningApp second = RunningApp.start(dataDir, oneMinuteMarkets)) {
            Api api = second.api();
            String regulator = api.devToken("regulator-1", "REGULATOR");
            // a market without orders is settled (with nothing to transfer) right after clearing
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    assertThat(api.get("/api/markets/" + market, regulator).text("state")).isIn("CLEARED", "SETTLING", "SETTLED"));
            assertThat(second.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                    + " AND payloadtype LIKE '%GateClosed'", Long.class, market)).isOne();
        }
    }

    @Test
    void replaying_the_events_rebuilds_identical_documents() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            Api api = app.api();
            String admin = api.devToken("admin-1", "ADMIN");
            String approved = api.register("CONSUMER", "replay-1@example.org");
            api.verifyEmailAsDev(approved, admin);
            api.post("/api/participants/" + approved + "/kyc", api.devToken(approved, "CONSUMER"), PASSPORT);
            api.post("/api/admin/participants/" + approved + "/kyc/approve", admin, "");
            String rejected = api.register("PROSUMER", "replay-2@example.org");
            api.post("/api/participants/" + rejected + "/kyc", api.devToken(rejected, "PROSUMER"), PASSPORT);
            api.post("/api/admin/participants/" + rejected + "/kyc/reject", admin, Map.of("reason", "expired"));
            await().untilAsserted(() -> assertThat(participantDocument(app, rejected))
                    .containsEntry("status", "REJECTED"));
            await().untilAsserted(() -> assertThat(participantDocument(app, approved))
                    .containsEntry("status", "APPROVED"));
            Document approvedBefore = participantDocument(app, approved);
            Document rejectedBefore = participantDocument(app, rejected);
            // spoil the read model: only a real replay can bring the documents back
            app.bean(MongoDatabase.class).getCollection("participants")
               .updateMany(new Document(), new Document("$set", new Document("displayName", "spoiled")));

            StreamingEventProcessor processor = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor(ParticipantProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();

            await().untilAsserted(() -> {
                assertThat(participantDocument(app, approved)).isEqualTo(approvedBefore);
                assertThat(participantDocument(app, rejected)).isEqualTo(rejectedBefore);
            });
        }
    }

    private static JsonNode participant(Api api, String id, String token) {
        Response response = api.get("/api/participants/" + id, token);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private static Document participantDocument(RunningApp app, String id) {
        return app.bean(MongoDatabase.class).getCollection("participants").find(new Document("_id", id)).first();
    }

    private static long scheduledDeadlines(RunningApp app) {
        // the recurring tasks (the market scheduler, the dead-letter purge, the trading agent) are not deadlines
        return app.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks"
                + " WHERE task_name NOT IN ('market-scheduler', 'meter-dead-letter-purge', 'trading-agent')", Long.class);
    }
}
