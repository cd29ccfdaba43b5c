package io.poweralgo.settlement.calc;

import io.poweralgo.api.participant.ParticipantId;

/**
 * One trader's side of a cleared market hour: the energy it cleared (sold or bought) and what its
 * meters measured in that hour (export for a seller, import for a buyer), in Wh.
 */
public record Position(ParticipantId participant, long clearedWh, long meteredWh) {

    public Position {
        if (participant == null || clearedWh < 0 || meteredWh < 0) {
            throw new IllegalArgumentException("a position needs a participant and non-negative energies");
        }
    }

    /** What the trader can be settled for through the pool: d = min(export, sold) or a = min(import, bought). */
    long entitledWh() {
        return Math.min(clearedWh, meteredWh);
    }
}
