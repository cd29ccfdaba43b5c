package io.poweralgo.ledger.algod;

import com.algorand.algosdk.crypto.Address;
import io.poweralgo.api.participant.AlgorandAddress;

/** The platform's account addresses as algosdk takes them. */
public final class Addresses {

    private Addresses() {
    }

    /** @throws IllegalArgumentException if the text is not an Algorand address */
    public static Address of(AlgorandAddress address) {
        try {
            return new Address(address.value());
        } catch (Exception e) {
            throw new IllegalArgumentException("not an Algorand address: " + address, e);
        }
    }
}
