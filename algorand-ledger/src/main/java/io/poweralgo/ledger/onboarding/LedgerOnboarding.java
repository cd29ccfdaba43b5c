package io.poweralgo.ledger.onboarding;

import com.algorand.algosdk.builder.transaction.AssetTransferTransactionBuilder;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.signing.Leases;
import io.poweralgo.ledger.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a new custodial account able to settle, in one atomic group: the treasury pays it the
 * minimum balance (0.1 Algo plus 0.1 for the stablecoin), the account opts in to the stablecoin,
 * and, where configured (dev and demo), the treasury grants it a starting stablecoin balance. The
 * treasury pays every fee. Asking again for an account that is already opted in changes nothing,
 * and leases keep a repeated group from paying twice.
 */
public final class LedgerOnboarding {

    /** 0.1 Algo account minimum plus 0.1 Algo for holding one asset. */
    static final long MINIMUM_BALANCE = 200_000;
    private static final long VALIDITY_ROUNDS = 1_000;
    private static final Logger log = LoggerFactory.getLogger(LedgerOnboarding.class);

    private final AlgodGateway algod;
    private final CustodialKeyStore custody;
    private final SigningKey treasury;
    private final long stablecoinId;
    private final long grantMicro;

    public LedgerOnboarding(AlgodGateway algod, CustodialKeyStore custody, SigningKey treasury, long stablecoinId,
                            long grantMicro) {
        this.algod = algod;
        this.custody = custody;
        this.treasury = treasury;
        this.stablecoinId = stablecoinId;
        this.grantMicro = grantMicro;
    }

    /**
     * @throws LedgerUnavailableException if the ledger cannot be reached or refuses the group;
     *                                    nothing is half done, and asking again is safe
     */
    public void onboard(ParticipantId participant, AlgorandAddress account) {
        Address address = Addresses.of(account);
        if (algod.assetHolding(address, stablecoinId).isPresent()) {
            return;
        }
        TransactionParametersResponse params = algod.params();
        List<Transaction> group = new ArrayList<>();
        int legs = grantMicro > 0 ? 3 : 2;
        group.add(Transaction.PaymentTransactionBuilder().sender(treasury.address()).receiver(address)
                             .amount(MINIMUM_BALANCE).flatFee(params.minFee * legs)
                             .lease(lease(participant, "fund")).noteUTF8("poweralgo onboarding " + participant)
                             .firstValid(params.lastRound).lastValid(params.lastRound + VALIDITY_ROUNDS)
                             .genesisID(params.genesisId).genesisHash(params.genesisHash).build());
        group.add(assetTransfer(address, address, 0, params).build());
        if (grantMicro > 0) {
            group.add(assetTransfer(treasury.address(), address, grantMicro, params).lease(lease(participant, "grant"))
                                                                                  .build());
        }
        byte[] signed = sign(participant, group);
        AlgodGateway.Submission submission = algod.submit(signed);
        if (!submission.accepted() && !submission.alreadyInLedger()) {
            throw new LedgerUnavailableException("ledger refused onboarding of " + participant + ": " + submission.message());
        }
        log.info("onboarded account participant={} address={} grantMicro={}", participant, account, grantMicro);
    }

    private AssetTransferTransactionBuilder<?> assetTransfer(Address from, Address to, long amount,
                                                                        TransactionParametersResponse params) {
        return Transaction.AssetTransferTransactionBuilder().sender(from).assetReceiver(to)
                          .assetIndex(BigInteger.valueOf(stablecoinId)).assetAmount(amount).flatFee(0L)
                          .firstValid(params.lastRound).lastValid(params.lastRound + VALIDITY_ROUNDS)
                          .genesisID(params.genesisId).genesisHash(params.genesisHash);
    }

    private byte[] sign(ParticipantId participant, List<Transaction> group) {
        try {
            Transaction[] grouped = TxGroup.assignGroupID(group.toArray(Transaction[]::new));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Transaction transaction : grouped) {
                SignedTransaction stx = transaction.sender.equals(treasury.address())
                        ? treasury.sign(transaction) : custody.sign(participant, transaction);
                bytes.writeBytes(Encoder.encodeToMsgPack(stx));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the onboarding group", e);
        }
    }

    private static byte[] lease(ParticipantId participant, String leg) {
        return Leases.of("poweralgo-onboarding", participant.value(), leg);
    }
}
