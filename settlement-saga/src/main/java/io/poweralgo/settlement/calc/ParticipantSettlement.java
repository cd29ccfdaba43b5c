package io.poweralgo.settlement.calc;

import io.poweralgo.api.participant.ParticipantId;

/**
 * One trader's settlement of a market hour. Money is signed from the trader's point of view
 * (+ received, − paid), in stablecoin micro-units:
 * {@code p2pMicro} for matched energy at the clearing price, {@code imbalanceMicro} the
 * compensation a buyer gets for entitlement the pool could not cover or the charge a short
 * seller pays for it, {@code netMicro} their sum, the one transfer with the pool. Grid energy
 * ({@code gridWh} at {@code gridMicro}: a buyer's unmatched import at the retail price, a
 * seller's unmatched export at the feed-in tariff) is for the statement only.
 */
public record ParticipantSettlement(ParticipantId participant, Role role, long clearedWh, long meteredWh,
                                    long entitledWh, long matchedWh, long p2pMicro, long imbalanceMicro,
                                    long gridWh, long gridMicro, long netMicro) {

    public enum Role { SELLER, BUYER }
}
