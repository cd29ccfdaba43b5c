package io.poweralgo.ledger.signing;

import org.apache.commons.codec.binary.Base32;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Transaction ids computed from the signed bytes themselves: SHA-512/256 of "TX" and the encoded
 * {@code txn} map exactly as stored. Decoding with algosdk and encoding again is not safe for this
 * (it fills in defaults such as a zero fee), so an auditor's check must not rely on it.
 */
public final class TransactionIds {

    private TransactionIds() {
    }

    public static String ofSignedTransaction(byte[] signedTransaction) {
        return ofBytesToSign(bytesToSign(signedTransaction));
    }

    /** What the sender signed: "TX" and the encoded {@code txn} map exactly as stored. */
    public static byte[] bytesToSign(byte[] signedTransaction) {
        return prefixed(encodedTransaction(signedTransaction));
    }

    private static byte[] encodedTransaction(byte[] signedTransaction) {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(signedTransaction)) {
            int fields = unpacker.unpackMapHeader();
            for (int i = 0; i < fields; i++) {
                String key = unpacker.unpackString();
                int start = (int) unpacker.getTotalReadBytes();
                unpacker.skipValue();
                if ("txn".equals(key)) {
                    return Arrays.copyOfRange(signedTransaction, start, (int) unpacker.getTotalReadBytes());
                }
            }
            throw new IllegalArgumentException("signed transaction has no txn field");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a msgpack signed transaction", e);
        }
    }

    private static byte[] prefixed(byte[] encodedTransaction) {
        byte[] message = new byte[encodedTransaction.length + 2];
        message[0] = 'T';
        message[1] = 'X';
        System.arraycopy(encodedTransaction, 0, message, 2, encodedTransaction.length);
        return message;
    }

    /** The id of the transaction whose signed message ("TX" and its encoding) this is. */
    static String ofBytesToSign(byte[] message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512/256").digest(message);
            return new Base32().encodeAsString(digest).replace("=", "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512/256 is part of every JDK 17", e);
        }
    }
}
