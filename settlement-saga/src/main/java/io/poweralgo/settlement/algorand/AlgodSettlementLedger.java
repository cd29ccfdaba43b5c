package io.poweralgo.settlement.algorand;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.Transfer;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.algod.InclusionProof;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.signing.SigningKey;
import io.poweralgo.settlement.planner.Leg;
import io.poweralgo.settlement.planner.TransferGroup;
import io.poweralgo.settlement.saga.GroupOutcome;
import io.poweralgo.settlement.saga.SettlementLedger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settlement on an Algorand node (or the dev ledger) through algod: builds each planned group
 * ({@link GroupTransactions}), has buyers' transfers signed by the custodial key store and the
 * pool's by the pool key, and submits the stored bytes unchanged, however often it is asked. A
 * group is reported expired (free to be signed again) only once the blocks of its validity window
 * prove it was not included ({@link InclusionProof}); algod's pending lookup alone forgets old rounds.
 */
public final class AlgodSettlementLedger implements SettlementLedger {

    private final AlgodGateway algod;
    private final CustodialKeyStore custody;
    private final SigningKey pool;
    private final long stablecoinId;
    private final long validityRounds;
    private final Duration confirmTimeout;
    private final Clock clock;
    private final InclusionProof inclusion;

    public AlgodSettlementLedger(AlgodGateway algod, CustodialKeyStore custody, SigningKey pool, long stablecoinId,
                                 long validityRounds, Duration confirmTimeout, Clock clock) {
        if (validityRounds < 1 || validityRounds > GroupTransactions.MAX_VALIDITY_ROUNDS) {
            throw new IllegalArgumentException("validity rounds must be 1.." + GroupTransactions.MAX_VALIDITY_ROUNDS);
        }
        this.algod = algod;
        this.custody = custody;
        this.pool = pool;
        this.stablecoinId = stablecoinId;
        this.validityRounds = validityRounds;
        this.confirmTimeout = confirmTimeout;
        this.clock = clock;
        this.inclusion = new InclusionProof(algod);
    }

    /** One algod look-up per participant, in parallel as groups are signed: a large market has hundreds of payers. */
    @Override
    public Map<ParticipantId, Long> holdings(Set<ParticipantId> participants, Map<ParticipantId, AlgorandAddress> accounts) {
        return participants.parallelStream().collect(Collectors.toMap(participant -> participant, participant -> {
            AlgorandAddress account = accounts.get(participant);
            return account == null ? 0L : algod.assetHolding(Addresses.of(account), stablecoinId).orElse(0);
        }));
    }

    @Override
    public List<SignedGroup> sign(MarketId market, List<TransferGroup> groups, Map<ParticipantId, AlgorandAddress> accounts) {
        GroupTransactions.Validity validity = validityFromNow();
        GroupTransactions.Accounts addresses = addresses(accounts);
        return groups.parallelStream().map(group -> sign(market, group, addresses, validity)).toList();
    }

    @Override
    public SignedGroup signAgain(MarketId market, SignedGroup group, Map<ParticipantId, AlgorandAddress> accounts) {
        List<Leg> legs = group.transfers().stream()
                              .map(t -> new Leg(t.participant(), t.direction() == Transfer.Direction.TO_POOL
                                      ? Leg.Direction.TO_POOL : Leg.Direction.FROM_POOL, t.amountMicro()))
                              .toList();
        return sign(market, new TransferGroup(group.index(), legs), addresses(accounts), validityFromNow());
    }

    @Override
    public List<GroupOutcome> submitAndConfirm(List<SignedGroup> groups) {
        long lastRound;
        try {
            lastRound = algod.lastRound();
        } catch (LedgerUnavailableException e) {
            return groups.stream().<GroupOutcome>map(g -> new GroupOutcome.Unavailable(g.index(), e.getMessage())).toList();
        }
        Map<Integer, GroupOutcome> outcomes = new LinkedHashMap<>();
        List<SignedGroup> submitted = new ArrayList<>();
        for (SignedGroup group : groups) {
            try {
                GroupOutcome outcome = submit(group, lastRound);
                if (outcome == null) {
                    submitted.add(group);
                } else {
                    outcomes.put(group.index(), outcome);
                }
            } catch (LedgerUnavailableException e) {
                outcomes.put(group.index(), new GroupOutcome.Unavailable(group.index(), e.getMessage()));
            }
        }
        awaitConfirmation(submitted, lastRound, outcomes);
        return groups.stream().map(group -> outcomes.get(group.index())).toList();
    }

    /** @return the outcome if it is known at once, or null once the group is accepted and awaits confirmation */
    private GroupOutcome submit(SignedGroup group, long lastRound) {
        if (lastRound >= group.lastValid()) {
            return afterItsWindow(group, lastRound);
        }
        AlgodGateway.Submission submission = algod.submit(bytesOf(group));
        if (submission.accepted()) {
            return null;
        }
        if (submission.alreadyInLedger() || submission.message().contains("txn dead")) {
            // the status read before submitting is older than the ledger's verdict: ask again
            GroupOutcome outcome = afterItsWindow(group, algod.lastRound());
            if (submission.alreadyInLedger() && !(outcome instanceof GroupOutcome.Confirmed)) {
                // the ledger says it holds the group: never let anything but its confirmation through
                return new GroupOutcome.Unavailable(group.index(), "in ledger but not yet reported: " + submission.message());
            }
            return outcome;
        }
        return new GroupOutcome.Rejected(group.index(), submission.message());
    }

    /**
     * Confirmed if the ledger knows it; expired only if every block of its closed window was read
     * and none holds it; otherwise its inclusion is unknown, or its window is still open.
     */
    private GroupOutcome afterItsWindow(SignedGroup group, long lastRound) {
        Optional<GroupOutcome> pending = onLedger(group);
        if (pending.isPresent()) {
            return pending.get();
        }
        InclusionProof.Inclusion proof = inclusion.of(group.signedTransactions(), group.firstValid(), group.lastValid(),
                lastRound);
        if (proof instanceof InclusionProof.Inclusion.Included included) {
            return new GroupOutcome.Confirmed(group.index(), included.round());
        }
        if (proof instanceof InclusionProof.Inclusion.NotIncluded) {
            return new GroupOutcome.Expired(group.index());
        }
        if (proof instanceof InclusionProof.Inclusion.Unknown unknown) {
            return new GroupOutcome.InclusionUnknown(group.index(), unknown.reason());
        }
        return new GroupOutcome.Unavailable(group.index(), "not on the ledger yet, valid until round " + group.lastValid());
    }

    private void awaitConfirmation(List<SignedGroup> submitted, long fromRound, Map<Integer, GroupOutcome> outcomes) {
        Instant giveUp = clock.instant().plus(confirmTimeout);
        List<SignedGroup> waiting = new ArrayList<>(submitted);
        long round = fromRound;
        while (!waiting.isEmpty()) {
            try {
                waiting.removeIf(group -> {
                    Optional<PendingTransactionResponse> txn = algod.transaction(group.txIds().get(0));
                    if (txn.isPresent() && txn.get().confirmedRound != null && txn.get().confirmedRound > 0) {
                        outcomes.put(group.index(), new GroupOutcome.Confirmed(group.index(), txn.get().confirmedRound));
                        return true;
                    }
                    if (txn.isPresent() && txn.get().poolError != null && !txn.get().poolError.isEmpty()) {
                        outcomes.put(group.index(), new GroupOutcome.Rejected(group.index(), txn.get().poolError));
                        return true;
                    }
                    return false;
                });
                if (waiting.isEmpty() || clock.instant().isAfter(giveUp)) {
                    break;
                }
                algod.waitForBlockAfter(round++);
            } catch (LedgerUnavailableException e) {
                waiting.forEach(g -> outcomes.put(g.index(), new GroupOutcome.Unavailable(g.index(), e.getMessage())));
                return;
            }
        }
        waiting.forEach(g -> outcomes.put(g.index(), new GroupOutcome.Unavailable(g.index(),
                "submitted but not confirmed within " + confirmTimeout)));
    }

    /** Confirmed on the ledger: the group is atomic, so its first transaction speaks for all. */
    private Optional<GroupOutcome> onLedger(SignedGroup group) {
        return algod.transaction(group.txIds().get(0))
                    .filter(txn -> txn.confirmedRound != null && txn.confirmedRound > 0)
                    .map(txn -> new GroupOutcome.Confirmed(group.index(), txn.confirmedRound));
    }

    private SignedGroup sign(MarketId market, TransferGroup group, GroupTransactions.Accounts addresses,
                             GroupTransactions.Validity validity) {
        List<Transaction> transactions = GroupTransactions.build(market.value(), group, addresses, validity);
        List<Transfer> transfers = new ArrayList<>();
        List<String> txIds = new ArrayList<>();
        List<String> signed = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            Leg leg = group.legs().get(i);
            Transaction transaction = transactions.get(i);
            SignedTransaction stx = leg.direction() == Leg.Direction.TO_POOL
                    ? custody.sign(leg.participant(), transaction) : pool.sign(transaction);
            transfers.add(new Transfer(leg.participant(), leg.direction() == Leg.Direction.TO_POOL
                    ? Transfer.Direction.TO_POOL : Transfer.Direction.FROM_POOL, leg.amountMicro()));
            txIds.add(stx.transactionID);
            signed.add(Base64.getEncoder().encodeToString(encode(stx)));
        }
        return new SignedGroup(group.index(), transfers, txIds, signed, validity.firstValid(), validity.lastValid());
    }

    private GroupTransactions.Validity validityFromNow() {
        TransactionParametersResponse params = algod.params();
        return new GroupTransactions.Validity(params.genesisId, params.genesisHash, params.lastRound,
                params.lastRound + validityRounds, params.minFee);
    }

    private GroupTransactions.Accounts addresses(Map<ParticipantId, AlgorandAddress> accounts) {
        Map<ParticipantId, Address> addresses = new HashMap<>();
        accounts.forEach((participant, address) -> addresses.put(participant, Addresses.of(address)));
        return new GroupTransactions.Accounts(pool.address(), addresses, stablecoinId);
    }

    /** The group as algod takes it: the signed transactions' msgpack, concatenated. */
    public static byte[] bytesOf(SignedGroup group) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        group.signedTransactions().forEach(base64 -> bytes.writeBytes(Base64.getDecoder().decode(base64)));
        return bytes.toByteArray();
    }

    private static byte[] encode(SignedTransaction stx) {
        try {
            return Encoder.encodeToMsgPack(stx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a signed transaction", e);
        }
    }
}
