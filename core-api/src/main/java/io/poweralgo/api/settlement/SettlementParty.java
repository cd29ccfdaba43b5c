package io.poweralgo.api.settlement;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;

import java.util.List;

/** A trader as settlement sees it: the account it pays from or is paid to, and the meters its delivery is measured by. */
public record SettlementParty(ParticipantId participant, AlgorandAddress address, List<MeterId> meters) {

    public SettlementParty {
        meters = List.copyOf(meters);
    }
}
