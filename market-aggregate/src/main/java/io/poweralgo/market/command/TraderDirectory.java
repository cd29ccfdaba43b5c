package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.Role;

import java.util.Optional;

/** Command-side view of who may trade where, kept from participant events (not from a read model). */
public interface TraderDirectory {

    Optional<Trader> find(ParticipantId participant);

    record Trader(ParticipantId id, Role role, MicrogridId microgridId, ParticipantStatus status) {

        public boolean mayTrade() {
            return status == ParticipantStatus.APPROVED;
        }
    }
}
