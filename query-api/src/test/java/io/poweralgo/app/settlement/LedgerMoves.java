package io.poweralgo.app.settlement;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.config.LedgerConfiguration.LedgerAccounts;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.CustodialKeyStore;

import java.math.BigInteger;

/** Stablecoin moves outside settlement, as a participant spending elsewhere or the treasury topping up would make. */
final class LedgerMoves {

    private LedgerMoves() {
    }

    /** The participant sends {@code amount} of its stablecoin to the treasury (its custodial key signs; the treasury pays the fee). */
    static void transfer(RunningApp app, String participant, long amount) throws Exception {
        LedgerAccounts accounts = app.bean(LedgerAccounts.class);
        Address from = address(app, participant);
        Transaction[] group = com.algorand.algosdk.transaction.TxGroup.assignGroupID(
                payFee(app, accounts, accounts.treasury().address()),
                asset(app, from, accounts.treasury().address(), amount, 0));
        submit(app, accounts.treasury().sign(group[0]),
                app.bean(CustodialKeyStore.class).sign(new ParticipantId(participant), group[1]));
    }

    /** The treasury sends {@code amount} of stablecoin to the participant. */
    static void grant(RunningApp app, String participant, long amount) throws Exception {
        LedgerAccounts accounts = app.bean(LedgerAccounts.class);
        submit(app, accounts.treasury().sign(asset(app, accounts.treasury().address(), address(app, participant), amount, 1_000)));
    }

    private static Transaction payFee(RunningApp app, LedgerAccounts accounts, Address treasury) {
        TransactionParametersResponse params = app.bean(AlgodGateway.class).params();
        return Transaction.PaymentTransactionBuilder().sender(treasury).receiver(treasury).amount(0L).flatFee(2_000L)
                          .firstValid(params.lastRound).lastValid(params.lastRound + 100).genesisID(params.genesisId)
                          .genesisHash(params.genesisHash).build();
    }

    private static Transaction asset(RunningApp app, Address from, Address to, long amount, long fee) {
        TransactionParametersResponse params = app.bean(AlgodGateway.class).params();
        return Transaction.AssetTransferTransactionBuilder().sender(from).assetReceiver(to)
                          .assetIndex(BigInteger.valueOf(app.bean(LedgerAccounts.class).stablecoinId()))
                          .assetAmount(amount).flatFee(fee).firstValid(params.lastRound).lastValid(params.lastRound + 100)
                          .genesisID(params.genesisId).genesisHash(params.genesisHash).build();
    }

    private static void submit(RunningApp app, SignedTransaction... signed) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (SignedTransaction stx : signed) {
            bytes.writeBytes(Encoder.encodeToMsgPack(stx));
        }
        AlgodGateway.Submission submission = app.bean(AlgodGateway.class).submit(bytes.toByteArray());
        if (!submission.accepted()) {
            throw new AssertionError("ledger refused: " + submission.message());
        }
    }

    private static Address address(RunningApp app, String participant) throws Exception {
        return new Address(app.bean(CustodialKeyStore.class).addressOf(new ParticipantId(participant)).orElseThrow().value());
    }
}
