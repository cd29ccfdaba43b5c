package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.SetClearingRules;
import io.poweralgo.api.market.SetGateClosureLead;
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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MicrogridTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
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
    void a_gate_closure_lead_outside_one_minute_to_six_hours_is_refused() {
        assertThatThrownBy(() -> GateClosureLead.ofMinutes(0)).isInstanceOf(InvalidValueException.class)
                                                               .hasMessageContaining("gateClosureLeadMinutes");
        assertThatThrownBy(() -> GateClosureLead.ofMinutes(361)).isInstanceOf(InvalidValueException.class)
                                                                 .hasMessageContaining("from 1 to 360");
        assertThatThrownBy(() -> new GateClosureLead(Duration.ofSeconds(90)))
                .isInstanceOf(InvalidValueException.class);
    }
}
