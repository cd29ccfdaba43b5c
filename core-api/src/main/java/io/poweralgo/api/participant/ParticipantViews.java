package io.poweralgo.api.participant;

import java.util.List;

/**
 * The answer to {@link FindParticipantsByStatus}: one page of participants. Names its element type
 * so that it survives JSON on the wire to Axon Server, which a bare {@code List} does not.
 */
public record ParticipantViews(List<ParticipantView> participants) {

    public ParticipantViews {
        participants = List.copyOf(participants);
    }
}
