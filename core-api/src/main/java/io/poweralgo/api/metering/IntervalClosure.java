package io.poweralgo.api.metering;

/** What closed a meter-hour: the first reading at or after its end, or the grace deadline. */
public enum IntervalClosure {
    FOLLOWING_READING, DEADLINE
}
