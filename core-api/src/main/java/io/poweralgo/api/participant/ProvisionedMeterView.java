package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import java.time.Instant;

/** A registered meter as operators see it; never its claim code. {@code holder} is null until a household claims it. */
public record ProvisionedMeterView(MeterId meterId, MeterPublicKey publicKey, RatedPower ratedPower,
                                   OperatorId registeredBy, Instant registeredAt, ParticipantId holder) {
}
