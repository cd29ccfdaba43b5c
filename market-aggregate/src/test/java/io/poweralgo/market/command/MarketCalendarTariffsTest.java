package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's answer to "which tariffs does this microgrid have now", as trading preferences are checked. */
class MarketCalendarTariffsTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");

    private MarketCalendar calendar;

    @BeforeEach
    void setUp() throws Exception {
        calendar = new MarketCalendar(MigratedDatabase.create());
    }

    @Test
    void a_microgrid_without_tariffs_has_none() {
        assertThat(calendar.currentTariffs(MG)).isEmpty();
    }

    @Test
    void clearing_rules_alone_give_no_tariffs() {
        calendar.on(new ClearingRulesSet(MG, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT, ADMIN));

        assertThat(calendar.currentTariffs(MG)).isEmpty();
    }

    @Test
    void the_last_tariffs_set_are_the_current_ones() {
        calendar.on(new TariffsSet(MG, new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000)), ADMIN));
        Tariffs later = new Tariffs(Price.perKwh(320_000), Price.perKwh(70_000));
        calendar.on(new TariffsSet(MG, later, ADMIN));

        assertThat(calendar.currentTariffs(MG)).contains(later);
        assertThat(calendar.currentTariffs(new MicrogridId("mg-2"))).isEmpty();
    }
}
