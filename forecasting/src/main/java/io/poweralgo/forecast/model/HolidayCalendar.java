package io.poweralgo.forecast.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of a region, which BDEW profiles and the meter-history forecast treat as Sundays.
 * Written as rules, so one calendar serves every year: a fixed date ({@code 12-25}) or a day counted from
 * Easter Sunday ({@code easter-2} is Good Friday, {@code easter+50} Whit Monday).
 */
public final class HolidayCalendar {

    /** Germany's nationwide holidays: New Year, Good Friday, Easter Monday, Labour Day, Ascension, Whit Monday, Unity Day, Christmas. */
    public static final String GERMANY = "01-01,easter-2,easter+1,05-01,easter+39,easter+50,10-03,12-25,12-26";

    private static final String EASTER = "easter";
    private static final int MAX_EASTER_OFFSET = 366;

    private final Set<MonthDay> fixed;
    private final Set<Integer> fromEaster;
    private final String rules;

    private HolidayCalendar(Set<MonthDay> fixed, Set<Integer> fromEaster, String rules) {
        this.fixed = fixed;
        this.fromEaster = fromEaster;
        this.rules = rules;
    }

    /** No public holidays: every day is what its day of the week says. */
    public static HolidayCalendar none() {
        return parse("");
    }

    /**
     * @param rules comma-separated {@code MM-DD} dates and {@code easter±N} offsets in days; blank for none
     * @throws IllegalArgumentException naming the rule that is neither
     */
    public static HolidayCalendar parse(String rules) {
        if (rules == null) {
            throw new IllegalArgumentException("holiday rules must not be null; use an empty string for none");
        }
        List<MonthDay> fixed = new ArrayList<>();
        List<Integer> fromEaster = new ArrayList<>();
        for (String raw : rules.split(",")) {
            String rule = raw.strip();
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.startsWith(EASTER)) {
                fromEaster.add(easterOffset(rule));
            } else {
                fixed.add(monthDay(rule));
            }
        }
        return new HolidayCalendar(Set.copyOf(fixed), Set.copyOf(fromEaster), rules.strip());
    }

    public boolean isHoliday(LocalDate date) {
        if (fixed.contains(MonthDay.from(date))) {
            return true;
        }
        if (fromEaster.isEmpty()) {
            return false;
        }
        // an offset may reach into the next or the previous year's Easter (e.g. easter-100 in late December)
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            if (fromEaster.contains((int) (date.toEpochDay() - easterSunday(year).toEpochDay()))) {
                return true;
            }
        }
        return false;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static int easterOffset(String rule) {
        String offset = rule.substring(EASTER.length());
        if (offset.isEmpty()) {
            return 0;
        }
        try {
            int days = Integer.parseInt(offset);
            if (Math.abs(days) > MAX_EASTER_OFFSET) {
                throw new IllegalArgumentException("holiday rule '" + rule + "' lies more than a year from Easter");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("holiday rule '" + rule + "' is not easter+N or easter-N", e);
        }
    }

    private static MonthDay monthDay(String rule) {
        try {
            return MonthDay.parse("--" + rule);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("holiday rule '" + rule + "' is neither a date MM-DD nor easter±N", e);
        }
    }

    @Override
    public String toString() {
        return rules.isEmpty() ? "no holidays" : rules;
    }
}
