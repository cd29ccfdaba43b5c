package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.Registers;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The energy of an interval is the register at its end minus the register at its start; a
 * boundary value is the reading exactly on it, or the linear interpolation (rounded down to the Wh)
 * between the readings on either side of it, or, with readings on one side only, the nearest
 * reading's value. Because neighbouring intervals share their boundary values, the energies of
 * consecutive intervals add up to the difference of the outer registers, to the Wh.
 */
public final class IntervalCalculator {

    private IntervalCalculator() {
    }

    public static IntervalEnergy energy(Instant start, Instant end, List<Registers> readings, Duration maxGap) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval end must be after its start");
        }
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("an interval needs at least one reading");
        }
        List<Registers> byTime = readings.stream().sorted(Comparator.comparing(Registers::at)).toList();
        Boundary from = boundary(start, byTime, maxGap);
        Boundary to = boundary(end, byTime, maxGap);
        int inside = (int) byTime.stream().filter(r -> !r.at().isBefore(start) && r.at().isBefore(end)).count();
        return new IntervalEnergy(start, end, to.importWh() - from.importWh(), to.exportWh() - from.exportWh(), inside,
                worse(from.quality(), to.quality()));
    }

    private static Boundary boundary(Instant at, List<Registers> byTime, Duration maxGap) {
        Registers before = null;
        Registers after = null;
        for (Registers reading : byTime) {
            if (reading.at().equals(at)) {
                return new Boundary(reading.importWh(), reading.exportWh(), IntervalQuality.COMPLETE);
            }
            if (reading.at().isBefore(at)) {
                before = reading;
            } else if (after == null) {
                after = reading;
            }
        }
        if (before == null || after == null) {
            Registers nearest = before == null ? after : before;
            return new Boundary(nearest.importWh(), nearest.exportWh(), IntervalQuality.ESTIMATED);
        }
        long span = Duration.between(before.at(), after.at()).toMillis();
        long elapsed = Duration.between(before.at(), at).toMillis();
        IntervalQuality quality = span <= maxGap.toMillis() ? IntervalQuality.COMPLETE : IntervalQuality.GAP_INTERPOLATED;
        return new Boundary(interpolate(before.importWh(), after.importWh(), elapsed, span),
                interpolate(before.exportWh(), after.exportWh(), elapsed, span), quality);
    }

    private static long interpolate(long from, long to, long elapsed, long span) {
        BigInteger rise = BigInteger.valueOf(to - from).multiply(BigInteger.valueOf(elapsed));
        BigInteger[] quotient = rise.divideAndRemainder(BigInteger.valueOf(span));
        long floor = quotient[0].longValueExact() - (quotient[1].signum() < 0 ? 1 : 0);
        return from + floor;
    }

    private static IntervalQuality worse(IntervalQuality a, IntervalQuality b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Boundary(long importWh, long exportWh, IntervalQuality quality) {
    }
}
