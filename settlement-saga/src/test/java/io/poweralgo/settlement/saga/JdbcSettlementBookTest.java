package io.poweralgo.settlement.saga;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.poweralgo.settlement.SettlementExamples.B1;
import static io.poweralgo.settlement.SettlementExamples.MARKET;
import static io.poweralgo.settlement.SettlementExamples.PARTIES;
import static io.poweralgo.settlement.SettlementExamples.S1;
import static io.poweralgo.settlement.SettlementExamples.cleared;
import static io.poweralgo.settlement.SettlementExamples.meterOf;
import static org.assertj.core.api.Assertions.assertThat;

class JdbcSettlementBookTest {

    private JdbcSettlementBook book;

    @BeforeEach
    void setUp() {
        book = new JdbcSettlementBook(MigratedDatabase.create());
    }

    @Test
    void counts_open_meter_hours_down_and_keeps_the_first_closure_of_each() {
        List<SettlementParty> parties = List.of(PARTIES.get(S1), PARTIES.get(B1));
        book.open(MARKET, TradedPositions.of(cleared().fills()), parties,
                List.of(MeteredEnergy.missing(S1, meterOf(S1), MARKET.deliveryStart()),
                        MeteredEnergy.missing(B1, meterOf(B1), MARKET.deliveryStart())));

        assertThat(book.close(MARKET, new MeterHourId(meterOf(S1), MARKET.deliveryStart()), S1, 0, 2_000,
                IntervalQuality.COMPLETE)).isOne();
        assertThat(book.close(MARKET, new MeterHourId(meterOf(S1), MARKET.deliveryStart()), S1, 0, 9_999,
                IntervalQuality.ESTIMATED)).isOne();
        assertThat(book.metered(MARKET)).containsExactly(
                MeteredEnergy.missing(B1, meterOf(B1), MARKET.deliveryStart()),
                new MeteredEnergy(S1, meterOf(S1), MARKET.deliveryStart(), 0, 2_000, IntervalQuality.COMPLETE, false));
        assertThat(book.close(MARKET, new MeterHourId(meterOf(B1), MARKET.deliveryStart()), B1, 3_000, 0,
                IntervalQuality.COMPLETE)).isZero();
        assertThat(book.positions(MARKET)).hasSize(4);
        assertThat(book.accounts(MARKET)).containsOnlyKeys(S1, B1);
    }

    @Test
    void the_hour_of_another_holder_of_the_traders_meter_is_not_the_traders() {
        book.open(MARKET, TradedPositions.of(cleared().fills()), List.of(PARTIES.get(S1)),
                List.of(MeteredEnergy.missing(S1, meterOf(S1), MARKET.deliveryStart())));

        assertThat(book.close(MARKET, new MeterHourId(meterOf(S1), MARKET.deliveryStart()), B1, 0, 2_000,
                IntervalQuality.COMPLETE)).isOne();
        assertThat(book.metered(MARKET)).containsExactly(MeteredEnergy.missing(S1, meterOf(S1), MARKET.deliveryStart()));
    }

    @Test
    void opening_again_starts_the_papers_afresh() {
        List<SettlementParty> parties = List.of(PARTIES.get(S1));
        List<MeteredEnergy> expected = List.of(MeteredEnergy.missing(S1, meterOf(S1), MARKET.deliveryStart()));
        book.open(MARKET, TradedPositions.of(cleared().fills()), parties, expected);
        book.close(MARKET, new MeterHourId(meterOf(S1), MARKET.deliveryStart()), S1, 0, 1, IntervalQuality.COMPLETE);

        book.open(MARKET, TradedPositions.of(cleared().fills()), parties, expected);

        assertThat(book.metered(MARKET)).containsExactlyElementsOf(expected);
    }
}
