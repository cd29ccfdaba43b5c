package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;

/** One transfer of an atomic group: a participant pays the pool, or the pool pays a participant (micro-units). */
public record Leg(ParticipantId participant, Direction direction, long amountMicro) {

    public enum Direction { TO_POOL, FROM_POOL }

    public Leg {
        if (amountMicro <= 0) {
            throw new IllegalArgumentException("a leg moves a positive amount");
        }
    }
}
