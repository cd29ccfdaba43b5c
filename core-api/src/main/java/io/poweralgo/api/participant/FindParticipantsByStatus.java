package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

/** Answered with {@link ParticipantViews}, oldest registration first, one page at a time. */
public record FindParticipantsByStatus(ParticipantStatus status, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindParticipantsByStatus {
        Require.notNull("status", status);
        if (page < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
