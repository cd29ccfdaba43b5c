package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;

import java.util.Arrays;

/**
 * An account's 32-byte public key as a map key. algosdk's {@link Address} defines {@code equals}
 * but not {@code hashCode}, so it cannot key a hash map; this type can and converts at the edges.
 */
final class AccountKey {

    static final AccountKey ZERO = new AccountKey(new byte[32]);

    private final byte[] bytes;

    private AccountKey(byte[] bytes) {
        this.bytes = bytes;
    }

    static AccountKey of(byte[] publicKey) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an account key has 32 bytes, not " + publicKey.length);
        }
        return new AccountKey(publicKey.clone());
    }

    static AccountKey of(Address address) {
        return of(address.getBytes());
    }

    byte[] bytes() {
        return bytes.clone();
    }

    Address address() {
        return new Address(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The Algorand address (base32 with checksum), as algod prints accounts in its messages. */
    @Override
    public String toString() {
        return address().toString();
    }
}
