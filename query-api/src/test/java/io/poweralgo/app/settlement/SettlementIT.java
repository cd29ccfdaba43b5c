package io.poweralgo.app.settlement;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.util.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.Api;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.app.settlement.WorkedExample.Trader;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.signing.TransactionIds;
import io.poweralgo.market.command.JdbcFundsReservations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders, clearing, signed readings over MQTT and settlement on the dev ledger over HTTP, in one
 * running application; then the ledger's faults. The platform clock is moved past each delivery
 * hour so that its readings are in the past without waiting for the hour.
 */
class SettlementIT {

    private static final long STABLECOIN = 1_001;
    private static final long GRANT = 100_000_000;

    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSettings("settlement-it",
            "poweralgo.metering.close-grace=6h", "poweralgo.settlement.grace=6h",
            "poweralgo.settlement.first-retry=1s", "poweralgo.settlement.max-retry=2s",
            "poweralgo.settlement.max-attempts=3", "poweralgo.algorand.confirm-timeout=5s",
            "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s");

    @BeforeAll
    static void setTariffs() {
        WorkedExample.setTariffs(platform.api(), platform.admin());
    }

    @Test
    void orders_clearing_and_signed_readings_settle_each_trader_exactly_once_on_the_ledger() throws Exception {
        WorkedExample example = clearedMarket();
        example.publishReadings(platform.gateway());

        awaitMarketState(example, "SETTLED");
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as(trader.name()).isEqualTo(GRANT + trader.netMicro());
            assertThat(reservedBy(trader)).isZero();
        }

        Trader b1 = example.trader("B1");
        JsonNode statement = await().until(() -> statements(example, b1),
                s -> s.size() == 1 && "SETTLED".equals(s.at("/0/settlementState").asText())
                        && "CONFIRMED".equals(s.at("/0/transfers/0/status").asText())).get(0);
        assertThat(statement.get("side").asText()).isEqualTo("BUY");
        assertThat(statement.get("p2pWh").asLong()).isEqualTo(2_143);
        assertThat(statement.get("clearingPricePerKwh").asLong()).isEqualTo(150_000);
        assertThat(statement.get("p2pAmountMicro").asLong()).isEqualTo(-321_450);
        assertThat(statement.get("imbalanceMicro").asLong()).isEqualTo(53_550);
        assertThat(statement.get("gridImportWh").asLong()).isEqualTo(857);
        assertThat(statement.get("netMicro").asLong()).isEqualTo(-267_900);
        assertThat(statement.at("/transfers/0/amountMicro").asLong()).isEqualTo(267_900);
        assertThat(statement.at("/transfers/0/confirmedRound").asLong()).isPositive();
        assertThat(statement.get("orders")).hasSize(1);
        assertThat(statement.at("/orders/0/side").asText()).isEqualTo("BUY");
        assertThat(statement.at("/orders/0/source").asText()).isEqualTo("MANUAL");
        assertThat(statement.at("/orders/0/quantityWh").asLong()).isEqualTo(2_500);
        assertThat(statement.at("/orders/0/clearedWh").asLong()).isEqualTo(2_500);
        assertThat(statement.at("/orders/0/status").asText()).isEqualTo("FILLED");
        assertThat(platform.api().get(statementsPath(example, b1), example.trader("S1").token()).status()).isEqualTo(403);
        assertWalletAndEnergyOfTheSettledHour(example, b1);

        JsonNode audit = awaitAudit(example, "CONFIRMED");
        assertThat(audit.get("state").asText()).isEqualTo("SETTLED");
        assertThat(audit.at("/inputs/clearing/clearingPricePerKwh").asLong()).isEqualTo(150_000);
        assertThat(audit.at("/inputs/intervals").size()).isEqualTo(4);
        assertThat(audit.get("poolMicro").asLong()).isEqualTo(375_000);
        assertThat(audit.get("groups").size()).isEqualTo(1);
        JsonNode group = audit.at("/groups/0");
        assertThat(group.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(group.get("confirmedRound").asLong()).isPositive();
        assertThat(group.get("txIds").size()).isEqualTo(4);
        for (int leg = 0; leg < 4; leg++) {
            byte[] bytes = Base64.getDecoder().decode(group.at("/signedTransactions/" + leg).asText());
            assertThat(TransactionIds.ofSignedTransaction(bytes)).isEqualTo(group.at("/txIds/" + leg).asText());
            SignedTransaction signed = Encoder.decodeFromMsgPack(bytes, SignedTransaction.class);
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(signed.tx.sender.toVerifyKey());
            ed25519.update(TransactionIds.bytesToSign(bytes));
            assertThat(ed25519.verify(signed.sig.getBytes())).as("signature of leg " + leg).isTrue();
        }

        JsonNode verification = platform.api().get("/api/regulator/markets/" + example.market + "/verification", platform.regulator()).body();
        assertThat(verification.get("matches").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.at("/groups/0/onChain").asText()).isEqualTo("CONFIRMED");
        assertThat(platform.api().get("/api/regulator/markets/" + example.market + "/settlement", b1.token()).status()).isEqualTo(403);

        String metrics = await().until(() -> platform.api().get("/actuator/prometheus", platform.admin()).raw(),
                exposition -> metricValue(exposition, "poweralgo_settlement_latency_seconds_count") >= 1);
        assertThat(metrics).contains("eventProcessor_latency{processorName=\"settlements\"")
                           .contains("poweralgo_metering_readings_total{outcome=\"RECORDED\"");
    }

    @Test
    void an_unreachable_ledger_fails_the_settlement_with_the_reason_and_an_admin_retry_pays_each_trader_once() throws Exception {
        WorkedExample example = clearedMarket();
        ledger().respondWith(Fault.serverError());
        try {
            example.publishReadings(platform.gateway());
            JsonNode failed = awaitMarketState(example, "SETTLEMENT_FAILED");
            assertThat(failed.get("settlementFailure").asText()).startsWith("ledger unavailable after 3 attempts: cannot read holdings: algod answered 503");
        } finally {
            ledger().respondWith(Fault.none());
        }
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as("nothing moved while failing").isEqualTo(GRANT);
        }
        assertThat(metricValue(platform.api().get("/actuator/prometheus", platform.admin()).raw(), "poweralgo_ledger_errors_total{kind=\"server_error\"}"))
                .isGreaterThanOrEqualTo(3);

        Api.Response retry = platform.api().post("/api/admin/markets/" + example.market + "/settlement/retry", platform.admin(), "");
        assertThat(retry.status()).as(retry.raw()).isEqualTo(202);
        awaitMarketState(example, "SETTLED");
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as(trader.name()).isEqualTo(GRANT + trader.netMicro());
        }
        Api.Response again = platform.api().post("/api/admin/markets/" + example.market + "/settlement/retry", platform.admin(), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("SETTLEMENT_NOT_FAILED");
    }

    @Test
    void a_slow_ledger_times_out_and_the_resubmitted_group_pays_each_trader_once() throws Exception {
        WorkedExample example = clearedMarket();
        long round = ledger().ledger().lastRound();
        ledger().respondWith(Fault.slowSubmissions(Duration.ofSeconds(12)));
        try {
            example.publishReadings(platform.gateway());
            await().atMost(Duration.ofSeconds(60)).until(() -> ledger().ledger().lastRound() > round);
        } finally {
            ledger().respondWith(Fault.none());
        }
        awaitMarketState(example, "SETTLED");
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as(trader.name()).isEqualTo(GRANT + trader.netMicro());
        }
    }

    @Test
    void a_buyer_who_cannot_pay_is_rejected_alone_with_the_ledgers_message_and_settles_on_retry_once_it_can() throws Exception {
        WorkedExample example = clearedMarket();
        Trader b1 = example.trader("B1");
        Trader b2 = example.trader("B2");
        long spent = GRANT - 1_000;
        LedgerMoves.transfer(platform.app(), b2.id(), spent);

        JsonNode audit = secondGroupRejectedForLackOfFunds(example, b2);
        assertThat(holding(b1)).isEqualTo(GRANT + b1.netMicro());
        assertThat(holding(b2)).isEqualTo(GRANT - spent);
        assertThat(holding(example.trader("S1")) + holding(example.trader("S2"))).as("B1's payment reached the sellers")
                .isEqualTo(2 * GRANT - b1.netMicro());

        retrySettledOnceFunded(example, b2, spent);
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as(trader.name()).isEqualTo(GRANT + trader.netMicro());
        }
        JsonNode settled = awaitAuditGroups(example, "CONFIRMED", "CONFIRMED");
        assertThat(settled.at("/groups/0/signings").asInt()).isEqualTo(1);
        assertThat(settled.at("/groups/1/signings").asInt()).isEqualTo(2);
    }

    @Test
    void a_seller_owing_more_than_it_holds_fails_alone_and_every_other_trader_is_paid() throws Exception {
        WorkedExample example = clearedMarket().withShortSeller();
        Trader s1 = example.trader("S1");
        assertThat(reservedBy(s1)).as("S1's 3,000 Wh offer reserves 3,000 Wh x (300,000 - 80,000) per kWh").isEqualTo(660_000);
        long spent = GRANT - 1_000;
        LedgerMoves.transfer(platform.app(), s1.id(), spent);

        JsonNode audit = secondGroupRejectedForLackOfFunds(example, s1);
        assertThat(audit.get("transfers")).as("the rejected group's only payer")
                .filteredOn(t -> t.get("groupIndex").asInt() == 1 && "TO_POOL".equals(t.get("direction").asText()))
                .extracting(t -> t.get("participantId").asText()).containsExactly(s1.id());
        assertThat(holding(s1)).isEqualTo(GRANT - spent);
        assertThat(holding(example.trader("B1"))).isEqualTo(GRANT - 53_700);
        assertThat(holding(example.trader("B2"))).isEqualTo(GRANT - 21_300);
        assertThat(holding(example.trader("S2"))).as("the buyers' payments reached S2").isEqualTo(GRANT + 75_000);
        assertThat(reservedBy(s1)).as("S1 still owes; its reservation stays until the market settles").isEqualTo(660_000);

        retrySettledOnceFunded(example, s1, spent);
        for (Trader trader : example.traders) {
            assertThat(holding(trader)).as(trader.name()).isEqualTo(GRANT + trader.netMicro());
            assertThat(reservedBy(trader)).as(trader.name()).isZero();
        }
    }

    /**
     * B1 reads its wallet (503 while the ledger fails) and the settled hour's energy; another trader is refused both,
     * a bad period is refused, and a participant not yet approved has no wallet.
     */
    private static void assertWalletAndEnergyOfTheSettledHour(WorkedExample example, Trader b1) throws Exception {
        Api.Response wallet = platform.api().get("/api/participants/" + b1.id() + "/wallet", b1.token());
        assertThat(wallet.status()).as(wallet.raw()).isEqualTo(200);
        assertThat(wallet.text("algorandAddress")).isEqualTo(addressOf(b1).encodeAsString());
        assertThat(wallet.body().get("holdingMicro").asLong()).isEqualTo(holding(b1)).isEqualTo(GRANT + b1.netMicro());
        assertThat(wallet.body().get("reservedMicro").asLong()).isZero();
        assertThat(wallet.body().get("availableMicro").asLong()).isEqualTo(GRANT + b1.netMicro());
        assertThat(wallet.body().get("ledgerRound").asLong()).isPositive()
                .isLessThanOrEqualTo(ledger().ledger().lastRound());
        assertThat(platform.api().get("/api/participants/" + b1.id() + "/wallet", platform.regulator()).status()).isEqualTo(200);
        ledger().respondWith(Fault.serverError());
        try {
            Api.Response unreachable = platform.api().get("/api/participants/" + b1.id() + "/wallet", b1.token());
            assertThat(unreachable.status()).isEqualTo(503);
            assertThat(unreachable.text("code")).isEqualTo("LEDGER_UNAVAILABLE");
        } finally {
            ledger().respondWith(Fault.none());
        }

        Api.Response energy = platform.api().get(energyPath(b1, example.deliveryStart, example.deliveryEnd()), b1.token());
        assertThat(energy.status()).as(energy.raw()).isEqualTo(200);
        assertThat(energy.body()).hasSize(1);
        JsonNode hour = energy.body().get(0);
        assertThat(hour.get("hourStart").asText()).isEqualTo(example.deliveryStart.toString());
        assertThat(hour.get("importWh").asLong()).isEqualTo(b1.importWh());
        assertThat(hour.get("exportWh").asLong()).isEqualTo(b1.exportWh());
        assertThat(hour.get("p2pBoughtWh").asLong()).isEqualTo(2_143);
        assertThat(hour.get("p2pSoldWh").asLong()).isZero();
        assertThat(hour.get("gridImportWh").asLong()).isEqualTo(857);
        assertThat(hour.get("gridExportWh").asLong()).isZero();
        assertThat(hour.get("netMicro").asLong()).isEqualTo(b1.netMicro()).isEqualTo(-267_900);
        assertThat(hour.get("quality").asText()).isEqualTo("COMPLETE");

        String other = example.trader("S1").token();
        assertThat(platform.api().get("/api/participants/" + b1.id() + "/wallet", other).status()).isEqualTo(403);
        assertThat(platform.api().get(energyPath(b1, example.deliveryStart, example.deliveryEnd()), other).status()).isEqualTo(403);
        Api.Response backwards = platform.api().get(energyPath(b1, example.deliveryEnd(), example.deliveryStart), b1.token());
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("code")).isEqualTo("INVALID_REQUEST");

        JsonNode paths = platform.api().get("/v3/api-docs", null).body().get("paths");
        assertThat(paths.has("/api/participants/{id}/wallet")).isTrue();
        assertThat(paths.has("/api/participants/{id}/energy")).isTrue();

        String applicant = platform.api().register("CONSUMER", "wallet-applicant@example.org");
        Api.Response noWallet = platform.api().get("/api/participants/" + applicant + "/wallet",
                platform.api().devToken(applicant, "CONSUMER"));
        assertThat(noWallet.status()).as(noWallet.raw()).isEqualTo(409);
        assertThat(noWallet.text("code")).isEqualTo("NOT_APPROVED");
    }

    private static String energyPath(Trader trader, Instant from, Instant to) {
        return "/api/participants/" + trader.id() + "/energy?from=" + from + "&to=" + to;
    }

    /** The readings are published; the group {@code payer} pays into fails on the ledger, the other is confirmed. */
    private static JsonNode secondGroupRejectedForLackOfFunds(WorkedExample example, Trader payer) {
        example.publishReadings(platform.gateway());
        JsonNode failed = awaitMarketState(example, "SETTLEMENT_FAILED");
        assertThat(failed.get("settlementFailure").asText())
                .isEqualTo("1 of 2 groups rejected by the ledger (groups [1], paid into by [" + payer.id() + "]); the others are confirmed");
        JsonNode audit = awaitAuditGroups(example, "CONFIRMED", "REJECTED");
        assertThat(audit.at("/groups/1/ledgerMessage").asText()).contains("underflow");
        return audit;
    }

    /** {@code payer} gets back what it spent and an platform.admin() retries the settlement, which then completes. */
    private static void retrySettledOnceFunded(WorkedExample example, Trader payer, long spent) throws Exception {
        LedgerMoves.grant(platform.app(), payer.id(), spent);
        assertThat(platform.api().post("/api/admin/markets/" + example.market + "/settlement/retry", platform.admin(), "").status()).isEqualTo(202);
        awaitMarketState(example, "SETTLED");
    }

    private static WorkedExample clearedMarket() {
        return WorkedExample.cleared(platform.app(), platform.admin());
    }

    private static JsonNode awaitMarketState(WorkedExample example, String state) {
        return example.awaitState(platform.api(), platform.admin(), state);
    }

    /** The audit once its first group has the status (the settlement read model follows the market's on its own). */
    private static JsonNode awaitAudit(WorkedExample example, String groupStatus) {
        return await().until(() -> platform.api().get("/api/regulator/markets/" + example.market + "/settlement", platform.regulator()).body(),
                audit -> groupStatus.equals(audit.at("/groups/0/status").asText()));
    }

    /** The audit once its groups have these statuses, in order of their index. */
    private static JsonNode awaitAuditGroups(WorkedExample example, String... groupStatuses) {
        return await().until(() -> platform.api().get("/api/regulator/markets/" + example.market + "/settlement", platform.regulator()).body(),
                audit -> {
                    JsonNode groups = audit.get("groups");
                    if (groups == null || groups.size() != groupStatuses.length) {
                        return false;
                    }
                    for (int i = 0; i < groupStatuses.length; i++) {
                        if (!groupStatuses[i].equals(groups.get(i).get("status").asText())) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    private static long reservedBy(Trader trader) {
        return platform.app().bean(JdbcFundsReservations.class).reservedBy(new ParticipantId(trader.id()));
    }

    private static JsonNode statements(WorkedExample example, Trader trader) {
        return platform.api().get(statementsPath(example, trader), trader.token()).body();
    }

    private static String statementsPath(WorkedExample example, Trader trader) {
        return "/api/participants/" + trader.id() + "/statements?from=" + example.deliveryStart + "&to=" + example.deliveryEnd();
    }

    private static long holding(Trader trader) throws Exception {
        return ledger().ledger().assetHolding(addressOf(trader), STABLECOIN).orElseThrow();
    }

    private static Address addressOf(Trader trader) throws Exception {
        return new Address(platform.app().bean(CustodialKeyStore.class).addressOf(new ParticipantId(trader.id())).orElseThrow().value());
    }

    /** A sample's value from the Prometheus text format (0 when absent). */
    private static double metricValue(String exposition, String sample) {
        return exposition.lines().filter(line -> line.startsWith(sample + " "))
                         .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1)))
                         .findFirst().orElse(0);
    }

    private static DevLedgerServer ledger() {
        return platform.app().bean(DevLedgerServer.class);
    }
}
