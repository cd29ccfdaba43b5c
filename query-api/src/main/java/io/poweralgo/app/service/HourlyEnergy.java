package io.poweralgo.app.service;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.settlement.StatementView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A household's energy in one delivery hour: what its meters measured (summed over them) next to what its
 * statements settled. The metered figures and {@code quality} are null while one of its meters' hours is still
 * open, and for an hour no meter measured; the quality of several meters is the weakest of theirs. Settled
 * figures are 0 for an hour without a statement (not settled yet, or no market).
 */
public record HourlyEnergy(Instant hourStart, Long importWh, Long exportWh, long p2pBoughtWh, long p2pSoldWh,
                           long gridImportWh, long gridExportWh, long netMicro, IntervalQuality quality) {

    /** One entry per hour that has a metered interval or a statement, earliest first. */
    public static List<HourlyEnergy> join(List<MeterIntervalView> intervals, List<StatementView> statements) {
        Map<Instant, List<MeterIntervalView>> metered = intervals.stream()
                .collect(Collectors.groupingBy(MeterIntervalView::hourStart));
        Map<Instant, List<StatementView>> settled = statements.stream()
                .collect(Collectors.groupingBy(HourlyEnergy::deliveryHour));
        TreeSet<Instant> hours = new TreeSet<>(metered.keySet());
        hours.addAll(settled.keySet());
        return hours.stream()
                    .map(hour -> of(hour, metered.getOrDefault(hour, List.of()), settled.getOrDefault(hour, List.of())))
                    .toList();
    }

    /** Markets keyed to cycles shorter than an hour add up in the hour they deliver in. */
    private static Instant deliveryHour(StatementView statement) {
        return statement.deliveryStart().truncatedTo(ChronoUnit.HOURS);
    }

    private static HourlyEnergy of(Instant hour, List<MeterIntervalView> intervals, List<StatementView> statements) {
        boolean measured = !intervals.isEmpty()
                && intervals.stream().allMatch(interval -> interval.importWh() != null && interval.exportWh() != null);
        return new HourlyEnergy(hour,
                measured ? intervals.stream().mapToLong(MeterIntervalView::importWh).sum() : null,
                measured ? intervals.stream().mapToLong(MeterIntervalView::exportWh).sum() : null,
                statements.stream().filter(HourlyEnergy::bought).mapToLong(StatementView::p2pWh).sum(),
                statements.stream().filter(statement -> !bought(statement)).mapToLong(StatementView::p2pWh).sum(),
                statements.stream().mapToLong(StatementView::gridImportWh).sum(),
                statements.stream().mapToLong(StatementView::gridExportWh).sum(),
                statements.stream().mapToLong(StatementView::netMicro).sum(),
                measured ? intervals.stream().map(MeterIntervalView::quality).max(Comparator.naturalOrder()).orElseThrow()
                        : null);
    }

    private static boolean bought(StatementView statement) {
        return "BUY".equals(statement.side());
    }
}
