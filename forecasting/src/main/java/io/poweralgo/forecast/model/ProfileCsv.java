package io.poweralgo.forecast.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads a BDEW load profile file (layout in {@code profiles/NOTICE.md}) into the energy of every
 * clock hour, indexed by month, day type and hour, in thousandths of a kWh. The file's values have
 * three decimals, so thousandths hold them exactly as integers.
 */
final class ProfileCsv {

    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    private static final int QUARTER_HOURS = 96;
    private static final int THOUSANDTHS = 3;

    private ProfileCsv() {
    }

    /** @return thousandths of a kWh, as {@code [month 0–11][DayType.ordinal()][hour 0–23]} */
    static int[][][] hourlyThousandths(String resource) {
        try (InputStream in = ProfileCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("load profile " + resource + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read load profile " + resource, e);
        }
    }

    private static int[][][] parse(List<String> lines, String resource) {
        if (lines.size() < 2 + QUARTER_HOURS) {
            throw malformed(resource, "expected 2 header rows and " + QUARTER_HOURS + " quarter-hour rows");
        }
        String[] monthRow = lines.get(0).split(",", -1);
        String[] dayTypeRow = lines.get(1).split(",", -1);
        int[] monthOfColumn = new int[monthRow.length];
        DayType[] dayTypeOfColumn = new DayType[monthRow.length];
        boolean[][] seen = new boolean[MONTHS.size()][DayType.values().length];
        for (int column = 1; column < monthRow.length; column++) {
            monthOfColumn[column] = MONTHS.indexOf(monthRow[column].strip());
            if (monthOfColumn[column] < 0 || column >= dayTypeRow.length) {
                throw malformed(resource, "column " + column + " names no month and day type");
            }
            dayTypeOfColumn[column] = DayType.ofCode(dayTypeRow[column].strip());
            seen[monthOfColumn[column]][dayTypeOfColumn[column].ordinal()] = true;
        }
        for (boolean[] month : seen) {
            for (boolean dayType : month) {
                if (!dayType) {
                    throw malformed(resource, "a month lacks a day type");
                }
            }
        }

        int[][][] hourly = new int[MONTHS.size()][DayType.values().length][24];
        for (int quarter = 0; quarter < QUARTER_HOURS; quarter++) {
            String[] cells = lines.get(2 + quarter).split(",", -1);
            requireQuarterHour(cells[0], quarter, resource);
            if (cells.length != monthRow.length) {
                throw malformed(resource, "row " + cells[0] + " has " + cells.length + " cells, expected " + monthRow.length);
            }
            for (int column = 1; column < cells.length; column++) {
                hourly[monthOfColumn[column]][dayTypeOfColumn[column].ordinal()][quarter / 4] += thousandths(cells[column], resource);
            }
        }
        return hourly;
    }

    private static void requireQuarterHour(String label, int quarter, String resource) {
        String expectedStart = LocalTime.MIN.plusMinutes(15L * quarter).toString();
        if (!label.strip().startsWith(expectedStart + "-")) {
            throw malformed(resource, "row " + (quarter + 3) + " is '" + label + "', expected the quarter hour from " + expectedStart);
        }
    }

    private static int thousandths(String kwh, String resource) {
        try {
            return new BigDecimal(kwh.strip()).movePointRight(THOUSANDTHS).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw malformed(resource, "'" + kwh + "' is not a kWh value with at most three decimals");
        }
    }

    private static IllegalStateException malformed(String resource, String problem) {
        return new IllegalStateException("load profile " + resource + " is malformed: " + problem);
    }
}
