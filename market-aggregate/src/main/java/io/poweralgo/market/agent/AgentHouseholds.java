package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;

import java.util.List;
import java.util.Optional;

/** Port: the households the agent trades for, with their role and preferences. */
public interface AgentHouseholds {

    /** The households of the microgrid that may trade and have automatic trading on. */
    List<Household> autoTraders(MicrogridId microgrid);

    /** A prosumer or consumer that has set trading preferences; empty otherwise. */
    Optional<Household> household(ParticipantId participant);
}
