package io.poweralgo.api.metering;

import java.time.Instant;

/** A meter's cumulative import and export registers (Wh) at one instant. */
public record Registers(Instant at, long importWh, long exportWh) {

    public boolean noneBelow(Registers earlier) {
        return importWh >= earlier.importWh() && exportWh >= earlier.exportWh();
    }
}
