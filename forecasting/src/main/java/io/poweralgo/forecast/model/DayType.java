package io.poweralgo.forecast.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The three kinds of day a BDEW load profile distinguishes, with the code its files use for each. The
 * meter-history forecast groups a household's hours by the same three kinds.
 */
public enum DayType {
    SATURDAY("SA"),
    SUNDAY_OR_HOLIDAY("FT"),
    WORKING_DAY("WT");

    private final String code;

    DayType(String code) {
        this.code = code;
    }

    /** A public holiday counts as a Sunday, whatever day of the week it falls on. */
    public static DayType of(LocalDate date, HolidayCalendar holidays) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SUNDAY || holidays.isHoliday(date)) {
            return SUNDAY_OR_HOLIDAY;
        }
        return day == DayOfWeek.SATURDAY ? SATURDAY : WORKING_DAY;
    }

    static DayType ofCode(String code) {
        for (DayType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown day type '" + code + "', expected SA, FT or WT");
    }
}
