package io.poweralgo.app.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A meter vendor's manifest, read as CSV (header {@code meterId,publicKey,ratedPowerWatts} in any order; a row is its
 * line number, the header being line 1) or JSON ({@code {"meters": [{...}]}}; a row is the element's position from 1).
 * Every row is checked and every error reported with its row, so a vendor fixes the whole file at once.
 */
public final class MeterManifest {

    static final List<String> COLUMNS = List.of("meterId", "publicKey", "ratedPowerWatts");

    private final List<Row> rows;
    private final List<RowError> errors;

    private MeterManifest(List<Row> rows, List<RowError> errors) {
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    public record Row(int row, MeterId meterId, MeterPublicKey publicKey, RatedPower ratedPower) {
    }

    /** {@code field} is absent when the row as a whole is wrong (e.g. its number of cells). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(int row, String code, String field, String message) {
    }

    public List<Row> rows() {
        return rows;
    }

    public List<RowError> errors() {
        return errors;
    }

    public static MeterManifest fromCsv(String text, int maxRows) {
        List<String> lines = text.lines().toList();
        int header = firstNonBlank(lines);
        if (header < 0) {
            throw empty();
        }
        Map<String, Integer> columns = csvHeader(lines.get(header));
        Builder manifest = new Builder(maxRows);
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = csvCells(lines.get(i));
            int line = i + 1;
            if (cells.size() != COLUMNS.size()) {
                manifest.error(new RowError(line, "MANIFEST_ROW_INVALID", null,
                        "has " + cells.size() + " cells; expected " + COLUMNS.size()));
                continue;
            }
            manifest.add(line, cells.get(columns.get("meterId")), cells.get(columns.get("publicKey")),
                    cells.get(columns.get("ratedPowerWatts")));
        }
        return manifest.build();
    }

    public static MeterManifest fromJson(String text, ObjectMapper json, int maxRows) {
        JsonNode meters;
        try {
            meters = json.readTree(text).path("meters");
        } catch (JsonProcessingException e) {
            throw DomainRejection.invalid("MANIFEST_UNREADABLE", "The manifest is not valid JSON");
        }
        if (!meters.isArray()) {
            throw DomainRejection.invalid("MANIFEST_UNREADABLE", "The manifest must be an object with a \"meters\" array");
        }
        if (meters.isEmpty()) {
            throw empty();
        }
        Builder manifest = new Builder(maxRows);
        for (int i = 0; i < meters.size(); i++) {
            JsonNode meter = meters.get(i);
            JsonNode power = meter.path("ratedPowerWatts");
            manifest.add(i + 1, text(meter.path("meterId")), text(meter.path("publicKey")),
                    power.isIntegralNumber() ? power.asText() : text(power));
        }
        return manifest.build();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Integer> csvHeader(String line) {
        List<String> names = csvCells(line.startsWith("\uFEFF") ? line.substring(1) : line);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String column : COLUMNS) {
                if (column.toLowerCase(Locale.ROOT).equals(names.get(i).toLowerCase(Locale.ROOT))) {
                    columns.put(column, i);
                }
            }
        }
        if (columns.size() != COLUMNS.size() || names.size() != COLUMNS.size()) {
            throw DomainRejection.invalid("MANIFEST_HEADER_INVALID",
                    "The first line must name the columns " + String.join(",", COLUMNS));
        }
        return columns;
    }

    /** Cells are separated by commas; none of the values contains one, so a quoted cell only loses its quotes. */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String value = cell.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).strip();
            }
            cells.add(value);
        }
        return cells;
    }

    private static DomainRejection empty() {
        return DomainRejection.invalid("MANIFEST_EMPTY", "The manifest lists no meters");
    }

    private static final class Builder {

        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<MeterId, Integer> firstRowOf = new HashMap<>();
        private int count;

        Builder(int maxRows) {
            this.maxRows = maxRows;
        }

        void error(RowError error) {
            count();
            errors.add(error);
        }

        void add(int row, String meterId, String publicKey, String ratedPowerWatts) {
            count();
            List<RowError> found = new ArrayList<>();
            MeterId meter = value(row, found, "meterId", () -> new MeterId(meterId));
            MeterPublicKey key = value(row, found, "publicKey", () -> new MeterPublicKey(publicKey));
            RatedPower power = value(row, found, "ratedPowerWatts", () -> RatedPower.ofWatts(parseWatts(ratedPowerWatts)));
            if (meter != null) {
                Integer first = firstRowOf.putIfAbsent(meter, row);
                if (first != null) {
                    found.add(new RowError(row, "DUPLICATE_METER_IN_MANIFEST", "meterId",
                            "meter " + meter + " is already listed in row " + first));
                }
            }
            if (found.isEmpty()) {
                rows.add(new Row(row, meter, key, power));
            } else {
                errors.addAll(found);
            }
        }

        private void count() {
            if (++count > maxRows) {
                throw DomainRejection.invalid("MANIFEST_TOO_MANY_ROWS",
                        "A manifest lists at most " + maxRows + " meters; split it into several imports");
            }
        }

        private static long parseWatts(String watts) {
            try {
                return Long.parseLong(Require.present("ratedPowerWatts", watts).strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("ratedPowerWatts", "must be a whole number of watts");
            }
        }

        private static <T> T value(int row, List<RowError> errors, String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (InvalidValueException e) {
                errors.add(new RowError(row, "MANIFEST_ROW_INVALID", field, e.reason()));
                return null;
            }
        }

        MeterManifest build() {
            return new MeterManifest(rows, errors);
        }
    }
}
