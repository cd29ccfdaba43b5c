package io.poweralgo.api.settlement;

import java.util.List;

/**
 * The answer to {@link PrepareSettlement}: the signed groups the settlement stored, which a
 * repeated preparation gets back unchanged. A record rather than a bare list, so that the answer
 * names its element type and is read back as groups after crossing a message bus (Axon Server
 * carries it as JSON).
 */
public record StoredSettlementGroups(List<SignedGroup> groups) {

    public StoredSettlementGroups {
        groups = List.copyOf(groups);
    }
}
