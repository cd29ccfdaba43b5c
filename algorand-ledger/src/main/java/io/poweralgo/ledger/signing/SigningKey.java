package io.poweralgo.ledger.signing;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.crypto.Signature;
import com.algorand.algosdk.mnemonic.Mnemonic;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

/**
 * An Algorand account's Ed25519 key, signing with BouncyCastle: the JDK 17 provider that algosdk's
 * {@code Account} uses takes ~600 µs a signature, BouncyCastle ~50 µs, which decides whether a
 * 10,000-trader hour signs in well under a second. Signatures are the same bytes either way
 * (Ed25519 is deterministic).
 */
public final class SigningKey {

    private final byte[] seed;
    private final Address address;

    private SigningKey(byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("an Algorand key seed has 32 bytes");
        }
        this.seed = seed.clone();
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(this.seed, 0, publicKey, 0);
        this.address = new Address(publicKey);
    }

    public static SigningKey fromSeed(byte[] seed) {
        return new SigningKey(seed);
    }

    /** @throws IllegalArgumentException if the 25 words are not a valid Algorand mnemonic */
    public static SigningKey fromMnemonic(String mnemonic) {
        try {
            return new SigningKey(Mnemonic.toKey(mnemonic.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid 25-word Algorand mnemonic", e);
        }
    }

    public Address address() {
        return address;
    }

    public String mnemonic() {
        return Mnemonic.fromKey(seed);
    }

    public SignedTransaction sign(Transaction transaction) {
        if (!transaction.sender.equals(address)) {
            throw new IllegalArgumentException("transaction sender " + transaction.sender + " is not " + address);
        }
        try {
            byte[] message = transaction.bytesToSign();
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
            // the id from the bytes just signed: encoding the transaction a second time costs as much as signing
            return new SignedTransaction(transaction, new Signature(signature), TransactionIds.ofBytesToSign(message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the transaction", e);
        }
    }
}
