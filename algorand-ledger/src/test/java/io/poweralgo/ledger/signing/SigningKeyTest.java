package io.poweralgo.ledger.signing;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @Test
    void signs_the_same_bytes_as_algosdk_with_the_same_transaction_id() throws Exception {
        Account account = new Account();
        SigningKey key = SigningKey.fromMnemonic(account.toMnemonic());
        Transaction transaction = zeroFeeTransfer(account.getAddress());

        SignedTransaction ours = key.sign(transaction);
        SignedTransaction algosdk = account.signTransaction(transaction);

        assertThat(key.address()).isEqualTo(account.getAddress());
        assertThat(Encoder.encodeToMsgPack(ours)).isEqualTo(Encoder.encodeToMsgPack(algosdk));
        assertThat(ours.transactionID).isEqualTo(transaction.txID());
    }

    @Test
    void ids_and_signed_message_come_from_the_stored_bytes_even_where_decoding_would_change_them() throws Exception {
        Account account = new Account();
        byte[] stored = Encoder.encodeToMsgPack(SigningKey.fromMnemonic(account.toMnemonic())
                                                          .sign(zeroFeeTransfer(account.getAddress())));

        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(account.getAddress().toVerifyKey());
        ed25519.update(TransactionIds.bytesToSign(stored));
        SignedTransaction decoded = Encoder.decodeFromMsgPack(stored, SignedTransaction.class);

        assertThat(TransactionIds.ofSignedTransaction(stored)).isEqualTo(zeroFeeTransfer(account.getAddress()).txID());
        assertThat(ed25519.verify(decoded.sig.getBytes())).isTrue();
        assertThat(decoded.tx.txID()).as("algosdk fills the minimum fee in when decoding")
                                    .isNotEqualTo(TransactionIds.ofSignedTransaction(stored));
    }

    @Test
    void refuses_a_transaction_of_another_sender_and_a_bad_mnemonic() throws Exception {
        SigningKey key = SigningKey.fromMnemonic(new Account().toMnemonic());

        assertThatThrownBy(() -> key.sign(zeroFeeTransfer(new Account().getAddress())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not " + key.address());
        assertThatThrownBy(() -> SigningKey.fromMnemonic("not a mnemonic"))
                .hasMessage("not a valid 25-word Algorand mnemonic");
    }

    private static Transaction zeroFeeTransfer(Address sender) {
        return Transaction.AssetTransferTransactionBuilder().sender(sender).assetReceiver(sender)
                          .assetIndex(BigInteger.valueOf(1_001)).assetAmount(5).flatFee(0L).firstValid(1).lastValid(100)
                          .genesisHash(new byte[32]).build();
    }
}
