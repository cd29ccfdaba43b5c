package io.poweralgo.market.command;

import io.poweralgo.api.participant.ParticipantId;

/** A trader's stablecoin balance in micro-units; the application provides the ledger-backed source. */
@FunctionalInterface
public interface StablecoinBalances {

    long balanceMicro(ParticipantId trader);
}
