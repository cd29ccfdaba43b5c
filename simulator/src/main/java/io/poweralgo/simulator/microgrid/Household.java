package io.poweralgo.simulator.microgrid;

import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.forecast.model.LoadProfile;
import io.poweralgo.forecast.model.PvModel;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One simulated household on the platform: its participant, its meter (key and cumulative
 * registers) and what it draws and generates. A prosumer uses the BDEW P25 profile (household
 * with PV; the profile is what is still drawn from the grid) plus its PV roof's generation beyond
 * that; a consumer uses H25.
 */
final class Household {

    private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");
    private static final HolidayCalendar HOLIDAYS = HolidayCalendar.parse(HolidayCalendar.GERMANY);

    final String name;
    final String role;
    final String participantId;
    final String token;
    final String meterId;
    final MeterKey key;
    /** Trades through the platform's agent on standing preferences instead of bidding each hour. */
    final boolean automatic;
    private final long annualKwh;
    private final LoadProfile load;
    private final PvModel pv;
    private long importRegisterWh;
    private long exportRegisterWh;
    private long seq;

    Household(String name, String role, String participantId, String token, String meterId, MeterKey key, boolean automatic,
              long annualKwh, PvModel pv) {
        this.name = name;
        this.role = role;
        this.participantId = participantId;
        this.token = token;
        this.meterId = meterId;
        this.key = key;
        this.automatic = automatic;
        this.annualKwh = annualKwh;
        this.load = pv == null ? LoadProfile.h25() : LoadProfile.p25();
        this.pv = pv;
        this.importRegisterWh = 10_000 + annualKwh;
        this.exportRegisterWh = pv == null ? 0 : 5_000;
    }

    boolean prosumer() {
        return pv != null;
    }

    /** What the meter will measure in the hour: import and export in Wh, netted over the hour. */
    HourEnergy energyIn(Instant hourStart) {
        long demand = load.hourWh(LocalDateTime.ofInstant(hourStart, LOCAL), annualKwh, HOLIDAYS);
        long generation = pv == null ? 0 : pv.hourWh(hourStart);
        return new HourEnergy(Math.max(0, demand - generation), Math.max(0, generation - demand));
    }

    /** A signed reading of the registers after adding {@code importWh} and {@code exportWh}. */
    String readingAfter(Instant at, long importWh, long exportWh) {
        importRegisterWh += importWh;
        exportRegisterWh += exportWh;
        seq++;
        return ReadingPayload.signed(key, meterId, at.toString(), importRegisterWh, exportRegisterWh, seq);
    }

    String topic() {
        return "poweralgo/meters/" + meterId + "/readings";
    }

    record HourEnergy(long importWh, long exportWh) {
    }
}
