package io.poweralgo.metering.command;

import java.util.List;

/**
 * Every reading of a batch for an hour that has no readings yet was refused, so nothing may be
 * created. An expected outcome: no stack trace.
 */
public class ReadingsRefused extends RuntimeException {

    private final List<ReadingVerdict> verdicts;

    public ReadingsRefused(List<ReadingVerdict> verdicts) {
        super(verdicts.size() + " reading(s) refused: " + verdicts.get(0).reason() + " " + verdicts.get(0).detail(),
                null, false, false);
        this.verdicts = List.copyOf(verdicts);
    }

    public List<ReadingVerdict> verdicts() {
        return verdicts;
    }
}
