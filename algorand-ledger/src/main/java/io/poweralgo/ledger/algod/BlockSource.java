package io.poweralgo.ledger.algod;

import io.poweralgo.ledger.LedgerUnavailableException;



import java.util.Optional;

/**
 * Where the blocks of past rounds are read from to prove whether a group was included: algod's
 * {@code GET /v2/blocks/{round}} today; an archival node or an indexer can stand in for it.
 */
@FunctionalInterface
public interface BlockSource {

    /**
     * @return the block, or empty when the source does not have it (a round it never reached or, on a
     *         non-archival node, one it no longer keeps)
     * @throws LedgerUnavailableException when the source cannot be asked
     * @throws LedgerBlock.UnreadableBlockException when it answers something that is not a block
     */
    Optional<LedgerBlock> block(long round);
}
