package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.SetClearingRules;
import io.poweralgo.api.market.SetGateClosureLead;
import io.poweralgo.api.market.SetMicrogridSite;
import io.poweralgo.api.market.SetOrderQuantityLimit;
import io.poweralgo.api.market.SetTariffs;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.InvalidValueException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MicrogridTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final MicrogridSite BERLIN = new MicrogridSite(52.52, 13.405, ZoneId.of("Europe/Berlin"));
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));

    private FixtureConfiguration<Microgrid> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Microgrid.class);
    }

    @Test
    void first_tariffs_create_the_microgrid() {
        fixture.givenNoPriorActivity()
               .when(new SetTariffs(MG, TARIFFS, ADMIN))
               .expectEvents(new TariffsSet(MG, TARIFFS, ADMIN));
    }

    @Test
    void changed_tariffs_are_recorded() {
        Tariffs higher = new Tariffs(Price.perKwh(320_000), Price.perKwh(80_000));
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN))
               .when(new SetTariffs(MG, higher, ADMIN))
               .expectEvents(new TariffsSet(MG, higher, ADMIN));
    }

    @Test
    void the_same_tariffs_again_record_nothing() {
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN))
               .when(new SetTariffs(MG, TARIFFS, ADMIN))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void feed_in_above_retail_is_not_a_tariff() {
        assertThatThrownBy(() -> new Tariffs(Price.perKwh(80_000), Price.perKwh(80_001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("feedInTariffPerKwh");
    }

    @Test
    void clearing_rules_are_recorded_once() {
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN))
               .when(new SetClearingRules(MG, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT, ADMIN))
               .expectEvents(new ClearingRulesSet(MG, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT, ADMIN));
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN),
                       new ClearingRulesSet(MG, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT, ADMIN))
               .when(new SetClearingRules(MG, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT, ADMIN))
               .expectNoEvents();
    }

    @Test
    void a_gate_closure_lead_is_recorded_once() {
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN))
               .when(new SetGateClosureLead(MG, GateClosureLead.ofMinutes(15), ADMIN))
               .expectEvents(new GateClosureLeadSet(MG, GateClosureLead.ofMinutes(15), ADMIN));
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN), new GateClosureLeadSet(MG, GateClosureLead.ofMinutes(15), ADMIN))
               .when(new SetGateClosureLead(MG, GateClosureLead.ofMinutes(15), ADMIN))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_largest_order_is_recorded_even_before_the_tariffs() {
        fixture.givenNoPriorActivity()
               .when(new SetOrderQuantityLimit(MG, new OrderQuantityLimit(500_000), ADMIN))
               .expectEvents(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(500_000), ADMIN));
    }

    @Test
    void the_same_largest_order_again_records_nothing() {
        fixture.given(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(500_000), ADMIN))
               .when(new SetOrderQuantityLimit(MG, new OrderQuantityLimit(500_000), ADMIN))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_changed_largest_order_is_recorded() {
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN), new OrderQuantityLimitSet(MG, new OrderQuantityLimit(500_000), ADMIN))
               .when(new SetOrderQuantityLimit(MG, new OrderQuantityLimit(2_000), ADMIN))
               .expectEvents(new OrderQuantityLimitSet(MG, new OrderQuantityLimit(2_000), ADMIN));
    }

    @Test
    void a_gate_closure_lead_outside_one_minute_to_six_hours_is_refused() {
        assertThatThrownBy(() -> GateClosureLead.ofMinutes(0)).isInstanceOf(InvalidValueException.class)
                                                               .hasMessageContaining("gateClosureLeadMinutes");
        assertThatThrownBy(() -> GateClosureLead.ofMinutes(361)).isInstanceOf(InvalidValueException.class)
                                                                 .hasMessageContaining("from 1 to 360");
        assertThatThrownBy(() -> new GateClosureLead(Duration.ofSeconds(90)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_site_is_recorded_even_before_the_tariffs() {
        fixture.givenNoPriorActivity()
               .when(new SetMicrogridSite(MG, BERLIN, ADMIN))
               .expectEvents(new MicrogridSiteSet(MG, BERLIN, ADMIN));
    }

    @Test
    void a_moved_site_is_recorded() {
        MicrogridSite vienna = new MicrogridSite(48.21, 16.37, ZoneId.of("Europe/Vienna"));
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN), new MicrogridSiteSet(MG, BERLIN, ADMIN))
               .when(new SetMicrogridSite(MG, vienna, ADMIN))
               .expectEvents(new MicrogridSiteSet(MG, vienna, ADMIN));
    }

    @Test
    void the_same_site_again_records_nothing() {
        fixture.given(new TariffsSet(MG, TARIFFS, ADMIN), new MicrogridSiteSet(MG, BERLIN, ADMIN))
               .when(new SetMicrogridSite(MG, new MicrogridSite(52.52, 13.405, ZoneId.of("Europe/Berlin")), ADMIN))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_site_off_the_earth_is_refused() {
        assertThatThrownBy(() -> new MicrogridSite(91, 13.4, ZoneId.of("Europe/Berlin")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("latitude");
        assertThatThrownBy(() -> new MicrogridSite(52.5, -180.5, ZoneId.of("Europe/Berlin")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("longitude");
        assertThatThrownBy(() -> new MicrogridSite(Double.NaN, 13.4, ZoneId.of("Europe/Berlin")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MicrogridSite(52.5, 13.4, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("timeZone");
    }
}
