package io.poweralgo.settlement.calc;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.TradedPosition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementInputsProperties {

    private static final Instant HOUR = Instant.parse("2026-11-24T13:00:00Z");
    private static final ParticipantId TRADER = new ParticipantId("t1");
    private static final ParticipantId OTHER = new ParticipantId("t2");

    @Property
    void aWholeHourMarketUsesTheMeterHoursAsTheyAre(@ForAll @LongRange(max = 10_000_000) long importWh,
                                                     @ForAll @LongRange(max = 10_000_000) long exportWh,
                                                     @ForAll @IntRange(min = 1, max = 3) int meters) {
        List<MeteredEnergy> metered = new ArrayList<>();
        for (int m = 0; m < meters; m++) {
            metered.add(energy(m, HOUR, importWh, exportWh));
        }
        SettlementInput input = SettlementInputs.of(150_000, 300_000, 80_000,
                List.of(new TradedPosition(TRADER, Side.BUY, Energy.ofWh(1_000)),
                        new TradedPosition(OTHER, Side.SELL, Energy.ofWh(1_000))),
                metered, HOUR, HOUR.plus(Duration.ofHours(1)));

        assertThat(input.buyers()).singleElement().extracting(Position::meteredWh).isEqualTo(meters * importWh);
    }

    @Property
    void marketsSplittingAnHourShareItsEnergyLosingLessThanOneWattHourEach(
            @ForAll @LongRange(max = 10_000_000) long exportWh, @ForAll @IntRange(min = 1, max = 60) int markets) {
        long seconds = 3_600 / markets;
        long credited = 0;
        for (int k = 0; k < markets; k++) {
            Instant start = HOUR.plusSeconds(k * seconds);
            Instant end = k == markets - 1 ? HOUR.plus(Duration.ofHours(1)) : start.plusSeconds(seconds);
            SettlementInput input = SettlementInputs.of(150_000, 300_000, 80_000,
                    List.of(new TradedPosition(TRADER, Side.SELL, Energy.ofWh(1))),
                    List.of(energy(0, HOUR, 0, exportWh)), start, end);
            credited += input.sellers().get(0).meteredWh();
        }

        assertThat(credited).isBetween(exportWh - markets + 1, exportWh);
    }

    @Property
    void aTraderOnBothSidesIsSettledForTheDifference(@ForAll @LongRange(min = 1, max = 1_000_000) long bought,
                                                      @ForAll @LongRange(min = 1, max = 1_000_000) long sold) {
        SettlementInput input = SettlementInputs.of(150_000, 300_000, 80_000,
                List.of(new TradedPosition(TRADER, Side.BUY, Energy.ofWh(bought)),
                        new TradedPosition(TRADER, Side.SELL, Energy.ofWh(sold))),
                List.of(), HOUR, HOUR.plus(Duration.ofHours(1)));

        List<Position> positions = new ArrayList<>(input.buyers());
        positions.addAll(input.sellers());
        if (bought == sold) {
            assertThat(positions).isEmpty();
        } else {
            assertThat(positions).singleElement().extracting(Position::clearedWh).isEqualTo(Math.abs(bought - sold));
            assertThat(bought > sold ? input.buyers() : input.sellers()).hasSize(1);
        }
    }

    private static MeteredEnergy energy(int meter, Instant hour, long importWh, long exportWh) {
        return new MeteredEnergy(TRADER, new MeterId("SM-" + meter), hour, importWh, exportWh,
                IntervalQuality.COMPLETE, false);
    }
}
