package io.poweralgo.metering.command;

import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import org.axonframework.commandhandling.CommandExecutionException;

import java.util.List;

/**
 * Every reading of a batch for an hour that has no readings yet was refused, so nothing may be
 * created. The verdicts are the failure's details, the one part of it Axon Server passes on to
 * the sender. An expected outcome: no stack trace.
 */
public class ReadingsRefused extends CommandExecutionException {

    public ReadingsRefused(List<ReadingVerdict> verdicts) {
        super(verdicts.size() + " reading(s) refused: " + verdicts.get(0).reason() + " " + verdicts.get(0).detail(),
                null, new ReadingVerdicts(verdicts), false);
    }
}
