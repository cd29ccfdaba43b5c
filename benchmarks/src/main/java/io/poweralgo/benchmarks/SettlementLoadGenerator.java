package io.poweralgo.benchmarks;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.JdbcCustodialKeyStore;
import io.poweralgo.ledger.custody.MasterKey;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.ledger.signing.SigningKey;
import io.poweralgo.settlement.algorand.AlgodSettlementLedger;
import io.poweralgo.settlement.calc.ParticipantSettlement;
import io.poweralgo.settlement.calc.Settlement;
import io.poweralgo.settlement.calc.SettlementCalculator;
import io.poweralgo.settlement.calc.SettlementInput;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.TransferGroup;
import io.poweralgo.settlement.saga.GroupOutcome;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One market hour of {@code --participants} traders settled through the platform's own settlement
 * code against the dev ledger over HTTP: custodial accounts in a JDBC key store (H2), each opened
 * and onboarded on the ledger, then the hour computed, planned and signed ({@code --rounds} times,
 * to report a warm figure), and finally every group submitted and confirmed. Prints the
 * transactions and groups used against the bound N + ⌈N/15⌉ and the time of each phase.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.poweralgo.benchmarks.SettlementLoadGenerator --participants=10000}
 */
public final class SettlementLoadGenerator {

    private static final long STABLECOIN = 1_001;
    private static final String TOKEN = "a".repeat(64);
    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-bench"), Instant.parse("2026-11-24T13:00:00Z"));

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ApiClient.options(args);
        int participants = Integer.parseInt(options.getOrDefault("participants", "10000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        Path journal = Files.createTempDirectory("settlement-bench-ledger");
        SigningKey pool = key();
        SigningKey treasury = key();
        Genesis genesis = new Genesis("bench-v1",
                List.of(new Genesis.Allocation(treasury.address(), 1_000_000_000_000_000L),
                        new Genesis.Allocation(pool.address(), 1_000_000_000_000L)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, treasury.address(), Long.MAX_VALUE / 2, 6, "pUSD", "bench",
                        List.of(pool.address()))));
        try (DevLedgerServer server = DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, TOKEN, genesis))) {
            AlgodGateway algod = AlgodGateway.connect(server.url(), TOKEN);
            JdbcCustodialKeyStore custody = keyStore();
            SettlementInput hour = SyntheticHour.of(participants);

            long onboardingStart = System.nanoTime();
            Map<ParticipantId, AlgorandAddress> accounts = onboard(hour, algod, custody, treasury);
            System.out.printf("onboarded %d accounts (fund, opt in, grant: one group each) in %.1f s%n", accounts.size(),
                    seconds(onboardingStart));

            AlgodSettlementLedger ledger = new AlgodSettlementLedger(algod, custody, pool, STABLECOIN, 1_000,
                    Duration.ofMinutes(2), Clock.systemUTC());
            long[] calculate = new long[rounds];
            long[] plan = new long[rounds];
            long[] sign = new long[rounds];
            List<SignedGroup> signed = List.of();
            Settlement settlement = null;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                settlement = SettlementCalculator.settle(hour);
                long calculated = System.nanoTime();
                List<TransferGroup> groups = GroupPlanner.plan(nets(settlement), Set.of());
                long planned = System.nanoTime();
                signed = ledger.sign(MARKET, groups, accounts);
                long done = System.nanoTime();
                calculate[round] = calculated - start;
                plan[round] = planned - calculated;
                sign[round] = done - planned;
            }
            int transfers = signed.stream().mapToInt(g -> g.transfers().size()).sum();
            int traders = settlement.participants().size();
            System.out.printf("participants %d, with a non-zero net %d, groups %d, transactions %d, bound N + ceil(N/15) = %d%n",
                    traders, nets(settlement).size(), signed.size(), transfers, traders + (traders + 14) / 15);
            System.out.printf("calculate %.1f ms, plan %.1f ms, build and sign (custodial key store + pool key) %.1f ms;"
                            + " total %.1f ms (median of %d, first run %.1f ms)%n", median(calculate), median(plan),
                    median(sign), median(sum(calculate, plan, sign)), rounds, (calculate[0] + plan[0] + sign[0]) / 1e6);

            long submitStart = System.nanoTime();
            List<GroupOutcome> outcomes = ledger.submitAndConfirm(signed);
            double submitSeconds = seconds(submitStart);
            long confirmed = outcomes.stream().filter(o -> o instanceof GroupOutcome.Confirmed).count();
            System.out.printf("submitted and confirmed %d of %d groups (%d transactions) in %.2f s: %.0f transactions/s%n",
                    confirmed, signed.size(), transfers, submitSeconds, transfers / submitSeconds);
            long poolHolding = server.ledger().assetHolding(pool.address(), STABLECOIN).orElseThrow();
            System.out.printf("pool holding after settlement: %d (nets to zero)%n", poolHolding);
        }
    }

    private static Map<ParticipantId, AlgorandAddress> onboard(SettlementInput hour, AlgodGateway algod,
                                                               JdbcCustodialKeyStore custody, SigningKey treasury) throws Exception {
        LedgerOnboarding onboarding = new LedgerOnboarding(algod, custody, treasury, STABLECOIN, 1_000_000_000);
        List<ParticipantId> traders = new ArrayList<>();
        hour.sellers().forEach(p -> traders.add(p.participant()));
        hour.buyers().forEach(p -> traders.add(p.participant()));
        Map<ParticipantId, AlgorandAddress> accounts = new LinkedHashMap<>();
        for (ParticipantId trader : traders) {
            accounts.put(trader, custody.openAccount(trader));
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            accounts.forEach((trader, address) -> done.add(workers.submit(() -> onboarding.onboard(trader, address))));
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
        return accounts;
    }

    private static Map<ParticipantId, Long> nets(Settlement settlement) {
        Map<ParticipantId, Long> nets = new LinkedHashMap<>();
        for (ParticipantSettlement p : settlement.participants()) {
            if (p.netMicro() != 0) {
                nets.put(p.participant(), p.netMicro());
            }
        }
        return nets;
    }

    private static JdbcCustodialKeyStore keyStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:settlement-bench;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcCustodialKeyStore(new JdbcTemplate(dataSource), MasterKey.fromBase64("k1", MasterKey.newRandomBase64()),
                Clock.systemUTC());
    }

    private static SigningKey key() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return SigningKey.fromSeed(seed);
    }

    private static long[] sum(long[]... parts) {
        long[] total = new long[parts[0].length];
        for (long[] part : parts) {
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
