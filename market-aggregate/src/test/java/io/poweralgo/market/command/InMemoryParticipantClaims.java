package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;

import java.util.HashMap;
import java.util.Map;

/** Claims for fixture tests, with the same rules as {@link JdbcParticipantClaims} (tested on its own). */
class InMemoryParticipantClaims implements ParticipantClaims {

    final Map<EmailAddress, ParticipantId> emails = new HashMap<>();
    final Map<MeterId, ParticipantId> meters = new HashMap<>();

    @Override
    public void claimEmail(EmailAddress email, ParticipantId claimant) {
        if (emails.putIfAbsent(email, claimant) != null && !emails.get(email).equals(claimant)) {
            throw DomainRejection.conflict("EMAIL_TAKEN", "taken: " + email);
        }
    }

    @Override
    public void claimMeter(MeterId meter, ParticipantId claimant) {
        if (meters.putIfAbsent(meter, claimant) != null && !meters.get(meter).equals(claimant)) {
            throw DomainRejection.conflict("METER_LINKED_ELSEWHERE", "taken: " + meter);
        }
    }

    @Override
    public void releaseMeter(MeterId meter, ParticipantId holder) {
        meters.remove(meter, holder);
    }
}
