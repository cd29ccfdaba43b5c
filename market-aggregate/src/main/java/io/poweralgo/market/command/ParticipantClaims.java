package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;

/**
 * Uniqueness that spans Participant aggregates: one account per verified e-mail address, one
 * owner per meter. Implementations must join the command's transaction so a refused command leaves no claim.
 */
public interface ParticipantClaims {

    /** @throws io.poweralgo.api.rejection.DomainRejection CONFLICT if another participant holds it */
    void claimEmail(EmailAddress email, ParticipantId claimant);

    /** @throws io.poweralgo.api.rejection.DomainRejection CONFLICT if another participant holds it */
    void claimMeter(MeterId meter, ParticipantId claimant);

    void releaseMeter(MeterId meter, ParticipantId holder);
}
