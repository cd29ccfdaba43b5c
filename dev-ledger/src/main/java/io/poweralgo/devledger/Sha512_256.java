package io.poweralgo.devledger;

import com.algorand.algosdk.util.Encoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Algorand's hash: SHA-512/256 over a domain-separation prefix ("TX", "TG", ...) and the bytes. */
final class Sha512_256 {

    static final byte[] TRANSACTION_PREFIX = "TX".getBytes(StandardCharsets.US_ASCII);
    static final byte[] GROUP_PREFIX = "TG".getBytes(StandardCharsets.US_ASCII);

    private Sha512_256() {
    }

    static byte[] hash(byte[] prefix, byte[] bytes) {
        MessageDigest digest = newDigest();
        digest.update(prefix);
        digest.update(bytes);
        return digest.digest();
    }

    static byte[] hash(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The transaction id algod and algosdk print: base32 of the hash, without padding. */
    static String transactionId(byte[] encodedTransaction) {
        return base32(hash(TRANSACTION_PREFIX, encodedTransaction));
    }

    /** How algod prints a digest (crypto.Digest.String): base32 without padding. */
    static String base32(byte[] digest) {
        return Encoder.encodeToBase32StripPad(digest);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512/256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512/256 is part of every Java 17 runtime", e);
        }
    }
}
