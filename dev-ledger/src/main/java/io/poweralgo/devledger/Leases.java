package io.poweralgo.devledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Leases in force, each until the last valid round of the transaction that took it. */
final class Leases {

    private final Map<HeldLease, Long> heldUntil = new HashMap<>();
    /** Lets expired leases be dropped without scanning them all every round. */
    private final NavigableMap<Long, List<HeldLease>> byLastValid = new TreeMap<>();

    boolean heldAt(HeldLease lease, long round) {
        Long lastValid = heldUntil.get(lease);
        return lastValid != null && round <= lastValid;
    }

    void hold(HeldLease lease, long lastValid) {
        heldUntil.put(lease, lastValid);
        byLastValid.computeIfAbsent(lastValid, round -> new ArrayList<>()).add(lease);
    }

    /** Forgets leases that can no longer conflict with a transaction confirmed in {@code round} or later. */
    void releaseBefore(long round) {
        NavigableMap<Long, List<HeldLease>> expired = byLastValid.headMap(round, false);
        expired.forEach((lastValid, leases) -> leases.forEach(lease -> heldUntil.remove(lease, lastValid)));
        expired.clear();
    }
}
