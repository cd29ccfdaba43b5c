package io.poweralgo.settlement.algorand;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.signing.Leases;
import io.poweralgo.settlement.planner.Leg;
import io.poweralgo.settlement.planner.TransferGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Algorand transactions of one planned settlement group: stablecoin transfers into the pool
 * first, then out of it, one atomic group. The pool pays the whole group's fee on its first
 * transfer (fee pooling), so participants need no Algo for fees. Every transaction carries a
 * 32-byte lease derived from (settlement, group index, leg) and a note naming the settlement, so
 * that the same transfer can never be applied twice within its validity window, and rebuilding a
 * group after a crash gives the very same transactions.
 */
public final class GroupTransactions {

    /** Algod accepts at most this many rounds between first and last valid. */
    public static final long MAX_VALIDITY_ROUNDS = AlgodGateway.MAX_VALIDITY_ROUNDS;

    private GroupTransactions() {
    }

    /** Where transactions are valid: the network and the rounds, with the minimum fee per transaction (µAlgo). */
    public record Validity(String genesisId, byte[] genesisHash, long firstValid, long lastValid, long minFee) {

        public Validity {
            if (lastValid < firstValid || lastValid - firstValid > MAX_VALIDITY_ROUNDS) {
                throw new IllegalArgumentException("validity window must be 0.." + MAX_VALIDITY_ROUNDS + " rounds");
            }
            genesisHash = genesisHash.clone();
        }
    }

    /** The pool's address, each participant's address and the stablecoin's asset id. */
    public record Accounts(Address pool, Map<ParticipantId, Address> participants, long stablecoinId) {

        Address of(ParticipantId participant) {
            Address address = participants.get(participant);
            if (address == null) {
                throw new IllegalArgumentException("no Algorand address for participant " + participant);
            }
            return address;
        }
    }

    /** @param settlement names what is settled, e.g. the market id {@code mg-1:2026-11-24T13:00Z} */
    public static List<Transaction> build(String settlement, TransferGroup group, Accounts accounts, Validity validity) {
        List<Transaction> transactions = new ArrayList<>(group.legs().size());
        boolean feePaid = false;
        for (int legIndex = 0; legIndex < group.legs().size(); legIndex++) {
            Leg leg = group.legs().get(legIndex);
            boolean intoPool = leg.direction() == Leg.Direction.TO_POOL;
            long fee = !intoPool && !feePaid ? validity.minFee() * group.legs().size() : 0;
            feePaid |= fee > 0;
            transactions.add(Transaction.AssetTransferTransactionBuilder()
                                        .sender(intoPool ? accounts.of(leg.participant()) : accounts.pool())
                                        .assetReceiver(intoPool ? accounts.pool() : accounts.of(leg.participant()))
                                        .assetIndex(BigInteger.valueOf(accounts.stablecoinId()))
                                        .assetAmount(leg.amountMicro())
                                        .flatFee(fee)
                                        .firstValid(validity.firstValid())
                                        .lastValid(validity.lastValid())
                                        .genesisID(validity.genesisId())
                                        .genesisHash(validity.genesisHash())
                                        .lease(lease(settlement, group.index(), legIndex))
                                        .noteUTF8("poweralgo settlement " + settlement + " group " + group.index())
                                        .build());
        }
        try {
            return Arrays.asList(TxGroup.assignGroupID(transactions.toArray(Transaction[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the group's transactions", e);
        }
    }

    static byte[] lease(String settlement, int groupIndex, int legIndex) {
        return Leases.of("poweralgo-settlement", settlement, groupIndex, legIndex);
    }
}
