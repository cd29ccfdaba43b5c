package io.poweralgo.ledger.custody;

import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;

import java.util.Optional;

/**
 * Holds the private keys of participants' custodial Algorand accounts. Keys never leave an
 * implementation: callers get addresses and signatures, so a KMS or HSM can stand in for the
 * default {@link JdbcCustodialKeyStore}.
 */
public interface CustodialKeyStore {

    /** Opens an account for the participant, or returns the one already opened. */
    AlgorandAddress openAccount(ParticipantId participant);

    Optional<AlgorandAddress> addressOf(ParticipantId participant);

    /**
     * Signs a transaction sent from the participant's account.
     *
     * @throws CustodyException if the participant has no account, the transaction is sent from
     *                          another address, or the stored key cannot be unsealed
     */
    SignedTransaction sign(ParticipantId participant, Transaction transaction);
}
