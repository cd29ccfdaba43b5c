package io.poweralgo.benchmarks;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.signing.SigningKey;
import io.poweralgo.settlement.algorand.GroupTransactions.Accounts;
import io.poweralgo.settlement.algorand.GroupTransactions.Validity;
import io.poweralgo.settlement.algorand.GroupTransactions;
import io.poweralgo.settlement.calc.ParticipantSettlement;
import io.poweralgo.settlement.calc.Position;
import io.poweralgo.settlement.calc.Settlement;
import io.poweralgo.settlement.calc.SettlementCalculator;
import io.poweralgo.settlement.calc.SettlementInput;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.Leg;
import io.poweralgo.settlement.planner.TransferGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Settlement of one market hour with {@code participants} traders ({@link SyntheticHour}):
 * the calculator; the calculator plus the group planner; and all of that plus building every
 * group's Algorand transactions and signing each one with the platform's signer (BouncyCastle
 * Ed25519, keys in memory here). {@link SettlementLoadGenerator} measures the whole path with
 * the custodial key store and the dev ledger over HTTP.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SettlementBenchmark}
 */
public class SettlementBenchmark extends AverageTimeBenchmark {

    @Param({"1000", "10000"})
    int participants;

    private SettlementInput hour;
    private Map<ParticipantId, SigningKey> keys;
    private Accounts accounts;
    private SigningKey pool;

    @Setup
    public void setUp() {
        hour = SyntheticHour.of(participants);
        keys = new HashMap<>();
        Map<ParticipantId, Address> addresses = new HashMap<>();
        for (Position position : hour.sellers()) {
            addAccount(position.participant(), addresses);
        }
        for (Position position : hour.buyers()) {
            addAccount(position.participant(), addresses);
        }
        pool = newAccount();
        accounts = new Accounts(pool.address(), addresses, 1_001);
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
        return GroupPlanner.plan(nets, Set.of());
    }

    /**
     * The whole preparation of an hour's settlement: calculate, plan, build every group and sign
     * every transaction, groups in parallel as the platform signs them.
     */
    @Benchmark
    public List<byte[]> calculatePlanBuildAndSign() {
        Validity validity = new Validity("dockernet-v1", new byte[32], 1_000, 2_000, 1_000);
        return calculateAndPlan().parallelStream().map(group -> signed(group, validity)).toList();
    }

    private byte[] signed(TransferGroup group, Validity validity) {
        List<Transaction> transactions = GroupTransactions.build("mg-1:2026-11-24T13:00Z", group, accounts, validity);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < transactions.size(); i++) {
            Leg leg = group.legs().get(i);
            SigningKey signer = leg.direction() == Leg.Direction.TO_POOL ? keys.get(leg.participant()) : pool;
            try {
                bytes.write(Encoder.encodeToMsgPack(signer.sign(transactions.get(i))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes.toByteArray();
    }

    private void addAccount(ParticipantId participant, Map<ParticipantId, Address> addresses) {
        SigningKey key = newAccount();
        keys.put(participant, key);
        addresses.put(participant, key.address());
    }

    private static SigningKey newAccount() {
        byte[] seed = new byte[32];
        new SplittableRandom().nextBytes(seed);
        return SigningKey.fromSeed(seed);
    }
}
