package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's answers to "which tariffs does this microgrid have now", as trading preferences are checked,
 * and "what is the largest order its markets take", as orders are placed.
 */
class MarketCalendarTariffsTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");

    private MarketCalendar calendar;

    @BeforeEach
    void setUp() throws Exception {
        calendar = new MarketCalendar(MigratedDatabase.create(), OrderQuantityLimit.DEFAULT);
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

    @Test
    void a_microgrid_without_its_own_largest_order_takes_the_platform_default() {
        calendar.on(new TariffsSet(MG, new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000)), ADMIN));

        assertThat(calendar.limitFor(MG)).isEqualTo(OrderQuantityLimit.DEFAULT);
    }

    @Test
    void the_last_largest_order_set_is_the_microgrids_own() {
        calendar.on(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(500_000), ADMIN));
        calendar.on(new TariffsSet(MG, new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000)), ADMIN));
        calendar.on(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(2_000), ADMIN));

        assertThat(calendar.limitFor(MG)).isEqualTo(new OrderQuantityLimit(2_000));
        assertThat(calendar.limitFor(new MicrogridId("mg-2"))).isEqualTo(OrderQuantityLimit.DEFAULT);
        assertThat(calendar.currentTariffs(MG)).as("tariffs set after the limit land in the same row").isPresent();
        assertThat(calendar.microgridsWithTariffs()).hasSize(1);
    }
}
