package io.poweralgo.simulator.meter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One smart meter: integrates its household's net power into cumulative import and export
 * registers (kept in mWh so that frequent readings lose nothing) and writes signed readings in
 * the payload format of {@code poweralgo/meters/{meterId}/readings}.
 */
public final class SimulatedMeter {

    private final String meterId;
    private final MeterKey key;
    private final HouseholdProfile profile;
    private long importMilliWh;
    private long exportMilliWh;
    private long seq;
    private Instant lastRead;

    public SimulatedMeter(String meterId, MeterKey key, HouseholdProfile profile, Instant start, long startImportWh,
                          long startExportWh) {
        this.meterId = meterId;
        this.key = key;
        this.profile = profile;
        this.lastRead = start.truncatedTo(ChronoUnit.MILLIS);
        this.importMilliWh = startImportWh * 1_000;
        this.exportMilliWh = startExportWh * 1_000;
    }

    public String meterId() {
        return meterId;
    }

    public String topic() {
        return "poweralgo/meters/" + meterId + "/readings";
    }

    /** The reading at {@code at} (millisecond precision, not before the previous one) as its JSON payload. */
    public String readAt(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        if (now.isBefore(lastRead)) {
            throw new IllegalArgumentException("meter " + meterId + " already read at " + lastRead);
        }
        long millis = Duration.between(lastRead, now).toMillis();
        long netW = profile.consumptionW(now) - profile.generationW(now);
        // W × ms = mJ; ÷ 3,600 = mWh
        long milliWh = Math.abs(netW) * millis / 3_600;
        if (netW >= 0) {
            importMilliWh += milliWh;
        } else {
            exportMilliWh += milliWh;
        }
        lastRead = now;
        seq++;
        return ReadingPayload.signed(key, meterId, now.toString(), importMilliWh / 1_000, exportMilliWh / 1_000, seq);
    }
}
