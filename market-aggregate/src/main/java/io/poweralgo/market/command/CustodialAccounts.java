package io.poweralgo.market.command;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;

/**
 * Opens the custodial Algorand account an approved participant trades with. Idempotent: asking
 * again for the same participant returns the account already opened, so a retried approval never
 * creates a second key.
 */
@FunctionalInterface
public interface CustodialAccounts {

    AlgorandAddress openAccountFor(ParticipantId participant);
}
