package io.poweralgo.devledger;

/**
 * A (sender, lease) pair. While a transaction holding it is valid, no other transaction of the
 * sender may use the same lease.
 *
 * @param lease the 32 lease bytes written as an address, as algod prints a lease
 */
record HeldLease(AccountKey sender, String lease) {

    static HeldLease of(WireTransaction txn) {
        return new HeldLease(txn.sender(), AccountKey.of(txn.lease()).toString());
    }
}
