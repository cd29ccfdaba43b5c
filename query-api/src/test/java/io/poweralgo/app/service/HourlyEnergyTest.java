package io.poweralgo.app.service;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.settlement.StatementView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A household's hours join what its meters measured with what its statements settled. */
class HourlyEnergyTest {

    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant ELEVEN = TEN.plusSeconds(3600);
    private static final Instant NOON = ELEVEN.plusSeconds(3600);

    @Test
    void anHourOnlyMeteredHasItsMeasurementAndNothingSettled() {
        List<HourlyEnergy> hours = HourlyEnergy.join(List.of(closed("m-1", TEN, 1_200, 300, IntervalQuality.COMPLETE)),
                List.of());

        assertThat(hours).containsExactly(new HourlyEnergy(TEN, 1_200L, 300L, 0, 0, 0, 0, 0, IntervalQuality.COMPLETE));
    }

    @Test
    void anHourOnlySettledHasNoMeasurement() {
        List<HourlyEnergy> hours = HourlyEnergy.join(List.of(), List.of(statement(TEN, "SELL", 800, 0, 200, 96_000)));

        assertThat(hours).containsExactly(new HourlyEnergy(TEN, null, null, 0, 800, 0, 200, 96_000, null));
    }

    @Test
    void anHourMeteredAndSettledHasBoth() {
        List<HourlyEnergy> hours = HourlyEnergy.join(List.of(closed("m-1", TEN, 1_500, 0, IntervalQuality.ESTIMATED)),
                List.of(statement(TEN, "BUY", 1_000, 500, 0, -250_000)));

        assertThat(hours).containsExactly(
                new HourlyEnergy(TEN, 1_500L, 0L, 1_000, 0, 500, 0, -250_000, IntervalQuality.ESTIMATED));
    }

    @Test
    void severalMetersAddUpAndTheWeakestQualityCounts() {
        List<HourlyEnergy> hours = HourlyEnergy.join(List.of(
                closed("m-1", TEN, 1_000, 100, IntervalQuality.COMPLETE),
                closed("m-2", TEN, 250, 2_000, IntervalQuality.GAP_INTERPOLATED)), List.of());

        assertThat(hours).containsExactly(
                new HourlyEnergy(TEN, 1_250L, 2_100L, 0, 0, 0, 0, 0, IntervalQuality.GAP_INTERPOLATED));
    }

    @Test
    void anHourStillOpenOnOneMeterHasNoMeasurementYet() {
        List<HourlyEnergy> hours = HourlyEnergy.join(List.of(
                closed("m-1", TEN, 1_000, 100, IntervalQuality.COMPLETE), open("m-2", TEN)), List.of());

        assertThat(hours).containsExactly(new HourlyEnergy(TEN, null, null, 0, 0, 0, 0, 0, null));
    }

    @Test
    void hoursComeEarliestFirstWithStatementsOfShorterMarketsAddedInTheirHour() {
        List<HourlyEnergy> hours = HourlyEnergy.join(
                List.of(closed("m-1", NOON, 10, 0, IntervalQuality.COMPLETE), closed("m-1", TEN, 20, 0, IntervalQuality.COMPLETE)),
                List.of(statement(ELEVEN.plusSeconds(900), "BUY", 100, 0, 0, -5_000),
                        statement(ELEVEN.plusSeconds(1800), "SELL", 40, 0, 0, 2_000)));

        assertThat(hours).extracting(HourlyEnergy::hourStart).containsExactly(TEN, ELEVEN, NOON);
        assertThat(hours.get(1)).isEqualTo(new HourlyEnergy(ELEVEN, null, null, 100, 40, 0, 0, -3_000, null));
    }

    private static MeterIntervalView closed(String meter, Instant hour, long importWh, long exportWh,
                                            IntervalQuality quality) {
        return new MeterIntervalView(meter, "alice", hour, hour.plusSeconds(3600), "CLOSED", 12, hour.plusSeconds(3600),
                importWh, exportWh, importWh, exportWh, quality, null, 0);
    }

    private static MeterIntervalView open(String meter, Instant hour) {
        return new MeterIntervalView(meter, "alice", hour, hour.plusSeconds(3600), "OPEN", 3, hour.plusSeconds(900),
                10L, 0L, null, null, null, null, 0);
    }

    private static StatementView statement(Instant deliveryStart, String side, long p2pWh, long gridImportWh,
                                           long gridExportWh, long netMicro) {
        return new StatementView("alice", "mg-1:" + deliveryStart, deliveryStart, deliveryStart.plusSeconds(900),
                "SETTLED", side, p2pWh, p2pWh, p2pWh, 100_000, 0, gridImportWh, gridExportWh, 300_000, 80_000, 0, 0,
                netMicro, false, List.of());
    }
}
