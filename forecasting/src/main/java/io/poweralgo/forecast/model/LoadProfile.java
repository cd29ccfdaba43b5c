package io.poweralgo.forecast.model;

import java.time.LocalDateTime;

/**
 * A BDEW standard household load profile: how much energy a household draws from the grid in each
 * local clock hour, by month and kind of day, scaled to its annual consumption. Public holidays
 * take the Sunday profile, as BDEW's do.
 */
public final class LoadProfile {

    private static final LoadProfile H25 = new LoadProfile(ProfileCsv.hourlyThousandths("/profiles/bdew-h25-household.csv"));
    private static final LoadProfile P25 = new LoadProfile(ProfileCsv.hourlyThousandths("/profiles/bdew-p25-household-with-pv.csv"));
    private static final long PROFILE_ANNUAL_KWH = 1_000_000;

    private final int[][][] hourlyThousandths;

    private LoadProfile(int[][][] hourlyThousandths) {
        this.hourlyThousandths = hourlyThousandths;
    }

    /** H25: a household without PV. */
    public static LoadProfile h25() {
        return H25;
    }

    /** P25: a household with PV; what it still draws from the grid, so its midday dip is the PV covering own use. */
    public static LoadProfile p25() {
        return P25;
    }

    /**
     * @param localHourStart the start of a local clock hour (minutes, seconds and nanos zero)
     * @param annualKwh      the household's consumption in a year
     * @param holidays       the region's public holidays
     * @return the energy the household draws in that hour, in Wh
     */
    public long hourWh(LocalDateTime localHourStart, long annualKwh, HolidayCalendar holidays) {
        if (localHourStart == null || localHourStart.getMinute() != 0 || localHourStart.getSecond() != 0 || localHourStart.getNano() != 0) {
            throw new IllegalArgumentException("an hour must start on the full hour, was " + localHourStart);
        }
        if (annualKwh < 0) {
            throw new IllegalArgumentException("annual consumption must not be negative, was " + annualKwh);
        }
        long thousandths = hourlyThousandths[localHourStart.getMonthValue() - 1]
                [DayType.of(localHourStart.toLocalDate(), holidays).ordinal()][localHourStart.getHour()];
        // A thousandth of a kWh is one Wh of the 1,000,000 kWh profile; one household is
        // annualKwh / 1,000,000 of that profile, so Wh = thousandths × annualKwh / 1,000,000, rounded half up.
        return (Math.multiplyExact(thousandths, annualKwh) + PROFILE_ANNUAL_KWH / 2) / PROFILE_ANNUAL_KWH;
    }
}
