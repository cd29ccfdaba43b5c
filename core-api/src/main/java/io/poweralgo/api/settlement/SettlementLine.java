package io.poweralgo.api.settlement;

import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;

/**
 * One trader's settlement of a market (DESIGN §4), money signed from the trader's view (+ received,
 * − paid) in stablecoin micro-units: P2P energy at the clearing price, the imbalance compensation or
 * charge, the grid energy the utility bills (statement only) and the net transfer with the pool.
 * {@code estimated} is set when one of its meter-hours was missing.
 */
public record SettlementLine(ParticipantId participant, Side side, long clearedWh, long meteredWh, long entitledWh,
                             long matchedWh, long p2pMicro, long imbalanceMicro, long gridWh, long gridMicro,
                             long netMicro, boolean estimated) {
}
