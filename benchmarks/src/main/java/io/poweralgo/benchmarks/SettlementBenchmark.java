package io.poweralgo.benchmarks;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.algorand.GroupTransactions;
import io.poweralgo.settlement.algorand.GroupTransactions.Accounts;
import io.poweralgo.settlement.algorand.GroupTransactions.Validity;
import io.poweralgo.settlement.calc.ParticipantSettlement;
import io.poweralgo.settlement.calc.Position;
import io.poweralgo.settlement.calc.Settlement;
import io.poweralgo.settlement.calc.SettlementCalculator;
import io.poweralgo.settlement.calc.SettlementInput;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.Leg;
import io.poweralgo.settlement.planner.TransferGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Settlement of one market hour with {@code participants} traders (half sellers, half buyers,
 * cleared volumes that balance, meters reading between nothing and twice what was cleared):
 * the calculator; the calculator plus the group planner; and all of that plus building every
 * group's Algorand transactions and signing each one (in-memory keys here; the app signs with
 * the custodial key store). Submitting comes with the settlement saga and the dev ledger.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SettlementBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SettlementBenchmark {

    @Param({"1000", "10000"})
    int participants;

    private SettlementInput hour;
    private Map<ParticipantId, Account> keys;
    private Accounts accounts;
    private Account pool;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<Position> sellers = new ArrayList<>();
        List<Position> buyers = new ArrayList<>();
        long sold = 0;
        for (int i = 0; i < participants / 2; i++) {
            long cleared = 100 + random.nextInt(5_000);
            sellers.add(new Position(new ParticipantId("seller-" + i), cleared, random.nextLong(2 * cleared + 1)));
            sold += cleared;
        }
        int buyerCount = participants - participants / 2;
        for (int j = 0; j < buyerCount; j++) {
            long cleared = j == buyerCount - 1 ? sold : Math.min(sold, sold / (buyerCount - j) + random.nextInt(100));
            sold -= cleared;
            buyers.add(new Position(new ParticipantId("buyer-" + j), cleared, random.nextLong(2 * cleared + 1)));
        }
        hour = new SettlementInput(150_000, 300_000, 80_000, sellers, buyers);
        keys = new HashMap<>();
        Map<ParticipantId, Address> addresses = new HashMap<>();
        for (Position position : hour.sellers()) {
            addAccount(position.participant(), addresses);
        }
        for (Position position : hour.buyers()) {
            addAccount(position.participant(), addresses);
        }
        pool = newAccount();
        accounts = new Accounts(pool.getAddress(), addresses, 1_001);
    }

    @Benchmark
    public Settlement calculate() {
        return SettlementCalculator.settle(hour);
    }

    @Benchmark
    public List<TransferGroup> calculateAndPlan() {
        Settlement settlement = SettlementCalculator.settle(hour);
        Map<ParticipantId, Long> nets = new LinkedHashMap<>();
        for (ParticipantSettlement p : settlement.participants()) {
            nets.put(p.participant(), p.netMicro());
        }
        return GroupPlanner.plan(nets);
    }

    /** The whole preparation of an hour's settlement: calculate, plan, build every group and sign every transaction. */
    @Benchmark
    public List<byte[]> calculatePlanBuildAndSign() throws Exception {
        Validity validity = new Validity("dockernet-v1", new byte[32], 1_000, 2_000, 1_000);
        List<byte[]> signedGroups = new ArrayList<>();
        for (TransferGroup group : calculateAndPlan()) {
            List<Transaction> transactions = GroupTransactions.build("mg-1:2026-11-24T13:00Z", group, accounts, validity);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < transactions.size(); i++) {
                Leg leg = group.legs().get(i);
                Account signer = leg.direction() == Leg.Direction.TO_POOL ? keys.get(leg.participant()) : pool;
                bytes.write(Encoder.encodeToMsgPack(signer.signTransaction(transactions.get(i))));
            }
            signedGroups.add(bytes.toByteArray());
        }
        return signedGroups;
    }

    private void addAccount(ParticipantId participant, Map<ParticipantId, Address> addresses) {
        Account account = newAccount();
        keys.put(participant, account);
        addresses.put(participant, account.getAddress());
    }

    private static Account newAccount() {
        try {
            return new Account();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
