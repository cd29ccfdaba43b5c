package io.poweralgo.settlement.algorand;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementVerificationView.GroupCheck;
import io.poweralgo.api.settlement.SettlementVerificationView;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.algod.InclusionProof;
import io.poweralgo.ledger.signing.TransactionIds;
import io.poweralgo.settlement.saga.GroupOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Re-reads a market's settlement from the ledger and compares it with what was computed and
 * recorded: each stored signed transaction must hash to its recorded txid, and each transaction
 * the ledger knows must move the computed amount of the stablecoin between the computed accounts.
 * A group algod's pending lookup no longer knows is looked for in the blocks of its validity window
 * ({@link InclusionProof}); when the node no longer has them, the group is UNKNOWN, not NOT_FOUND.
 */
public final class SettlementVerifier {

    private static final Logger log = LoggerFactory.getLogger(SettlementVerifier.class);

    private final AlgodGateway algod;
    private final Address pool;
    private final long stablecoinId;
    private final Clock clock;
    private final InclusionProof inclusion;

    public SettlementVerifier(AlgodGateway algod, Address pool, long stablecoinId, Clock clock) {
        this.algod = algod;
        this.pool = pool;
        this.stablecoinId = stablecoinId;
        this.clock = clock;
        this.inclusion = new InclusionProof(algod);
    }

    /** @throws io.poweralgo.ledger.LedgerUnavailableException if the ledger cannot be read */
    public SettlementVerificationView verify(SettlementAuditView settlement) {
        Map<String, String> addresses = new HashMap<>();
        settlement.inputs().clearing().positions().forEach(p -> addresses.put(p.participantId(), p.algorandAddress()));
        long round = algod.lastRound();
        List<GroupCheck> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SettlementAuditView.GroupView group : settlement.groups()) {
            GroupCheck check = check(group, transfersOf(settlement, group.index()), addresses, round);
            checks.add(check);
            check.problems().forEach(problem -> problems.add("group " + group.index() + ": " + problem));
        }
        List<SettlementVerificationView.Holding> holdings = new ArrayList<>();
        addresses.forEach((participant, address) -> holdings.add(new SettlementVerificationView.Holding(participant,
                address, algod.assetHolding(Addresses.of(new AlgorandAddress(address)), stablecoinId)
                             .orElse(0))));
        holdings.add(new SettlementVerificationView.Holding("pool", pool.toString(),
                algod.assetHolding(pool, stablecoinId).orElse(0)));
        holdings.sort((a, b) -> a.participantId().compareTo(b.participantId()));
        log.info("settlement verified market={} matches={} problems={}", settlement.marketId(), problems.isEmpty(),
                problems.size());
        return new SettlementVerificationView(settlement.marketId(), clock.instant(), round, problems.isEmpty(), checks,
                holdings, problems);
    }

    private GroupCheck check(SettlementAuditView.GroupView group, List<SettlementAuditView.TransferView> transfers,
                             Map<String, String> addresses, long ledgerRound) {
        List<String> problems = new ArrayList<>();
        int confirmed = 0;
        int found = 0;
        Long round = null;
        InclusionProof.Inclusion fromBlocks = null;
        for (int leg = 0; leg < group.txIds().size(); leg++) {
            String txId = group.txIds().get(leg);
            byte[] storedBytes = Base64.getDecoder().decode(group.signedTransactions().get(leg));
            SignedTransaction stored = decode(storedBytes);
            if (!txId.equals(TransactionIds.ofSignedTransaction(storedBytes))) {
                problems.add("stored bytes of leg " + leg + " do not hash to txid " + txId);
            }
            Optional<PendingTransactionResponse> onChain = algod.transaction(txId);
            if (onChain.isEmpty()) {
                continue;
            }
            found++;
            PendingTransactionResponse txn = onChain.get();
            if (txn.confirmedRound != null && txn.confirmedRound > 0) {
                confirmed++;
                round = txn.confirmedRound;
            }
            SettlementAuditView.TransferView transfer = leg < transfers.size() ? transfers.get(leg) : null;
            problems.addAll(compare(txn.txn == null ? stored.tx : txn.txn.tx, transfer, addresses, leg));
        }
        if (found == 0) {
            // algod's pending lookup forgets old rounds: only the blocks of the window can say
            fromBlocks = inclusion.of(group.signedTransactions(), group.firstValid(), group.lastValid(), ledgerRound);
            if (fromBlocks instanceof InclusionProof.Inclusion.Included included) {
                round = included.round();
                found = included.transactions().size();
                confirmed = found;
                for (int leg = 0; leg < included.transactions().size(); leg++) {
                    SettlementAuditView.TransferView transfer = leg < transfers.size() ? transfers.get(leg) : null;
                    problems.addAll(compare(included.transactions().get(leg), transfer, addresses, leg));
                }
            } else if (fromBlocks instanceof InclusionProof.Inclusion.Unknown unknown) {
                problems.add(GroupOutcome.InclusionUnknown.CODE + ": " + unknown.reason());
            }
        }
        String onChain = fromBlocks instanceof InclusionProof.Inclusion.Unknown ? "UNKNOWN"
                : found == 0 ? "NOT_FOUND" : confirmed == group.txIds().size() ? "CONFIRMED"
                : confirmed == 0 ? "PENDING" : "PARTIAL";
        if ("CONFIRMED".equals(group.status()) && !"CONFIRMED".equals(onChain)) {
            problems.add("recorded CONFIRMED but on chain " + onChain);
        }
        if ("CONFIRMED".equals(onChain) && !"CONFIRMED".equals(group.status())) {
            problems.add("on chain in round " + round + " but recorded " + group.status());
        }
        if ("CONFIRMED".equals(onChain) && group.confirmedRound() != null && !group.confirmedRound().equals(round)) {
            problems.add("recorded round " + group.confirmedRound() + " but on chain " + round);
        }
        if ("PARTIAL".equals(onChain)) {
            problems.add("only " + confirmed + " of " + group.txIds().size() + " transactions confirmed in an atomic group");
        }
        return new GroupCheck(group.index(), group.status(), group.confirmedRound(), onChain, round, problems);
    }

    private List<String> compare(Transaction tx, SettlementAuditView.TransferView transfer, Map<String, String> addresses,
                                 int leg) {
        List<String> problems = new ArrayList<>();
        if (transfer == null) {
            problems.add("leg " + leg + " has no computed transfer");
            return problems;
        }
        String participant = addresses.get(transfer.participantId());
        boolean intoPool = "TO_POOL".equals(transfer.direction());
        String expectedSender = intoPool ? participant : pool.toString();
        String expectedReceiver = intoPool ? pool.toString() : participant;
        if (!Objects.equals(String.valueOf(tx.sender), expectedSender)) {
            problems.add("leg " + leg + " sent by " + tx.sender + ", computed " + expectedSender);
        }
        if (!Objects.equals(String.valueOf(tx.assetReceiver), expectedReceiver)) {
            problems.add("leg " + leg + " received by " + tx.assetReceiver + ", computed " + expectedReceiver);
        }
        if (!BigInteger.valueOf(stablecoinId).equals(tx.xferAsset)) {
            problems.add("leg " + leg + " moves asset " + tx.xferAsset + ", not the stablecoin " + stablecoinId);
        }
        if (!BigInteger.valueOf(transfer.amountMicro()).equals(tx.assetAmount)) {
            problems.add("leg " + leg + " moves " + tx.assetAmount + ", computed " + transfer.amountMicro());
        }
        return problems;
    }

    private static List<SettlementAuditView.TransferView> transfersOf(SettlementAuditView settlement, int group) {
        return settlement.transfers().stream().filter(t -> t.groupIndex() == group).toList();
    }

    private static SignedTransaction decode(byte[] signed) {
        try {
            return Encoder.decodeFromMsgPack(signed, SignedTransaction.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored signed transaction is not msgpack", e);
        }
    }
}
