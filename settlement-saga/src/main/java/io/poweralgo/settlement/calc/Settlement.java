package io.poweralgo.settlement.calc;

import java.util.List;

/**
 * A market hour settled: the energy matched through the pool, what the pool receives and pays
 * (always equal), and every trader's settlement, sellers first, each side ordered by participant id.
 */
public record Settlement(long matchedWh, long poolInMicro, long poolOutMicro, List<ParticipantSettlement> participants) {

    public Settlement {
        participants = List.copyOf(participants);
    }
}
