package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;

/** Meters as their operators registered them, claimed or not, newest first; answered with {@link ProvisionedMeterViews}. */
public record FindProvisionedMeters(int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindProvisionedMeters {
        if (page < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
