package io.poweralgo.api.settlement;

import io.poweralgo.api.participant.ParticipantId;

/** One stablecoin transfer of an atomic group: into the pool from a participant, or out of it to one. */
public record Transfer(ParticipantId participant, Direction direction, long amountMicro) {

    public enum Direction { TO_POOL, FROM_POOL }
}
