package io.poweralgo.market.schedule;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.OpenMarket;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.market.command.MarketCalendar;
import io.poweralgo.testing.MigratedDatabase;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarketSchedulerTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));

    private final List<OpenMarket> sent = new ArrayList<>();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private MarketCalendar calendar;

    @BeforeEach
    void setUp() throws Exception {
        calendar = new MarketCalendar(MigratedDatabase.create(), OrderQuantityLimit.DEFAULT);
        feed(new TariffsSet(MG, TARIFFS, new AdminId("admin")));
        bus.subscribe(OpenMarket.class.getName(), message -> {
            OpenMarket open = (OpenMarket) message.getPayload();
            sent.add(open);
            feed(new MarketOpened(open.marketId(), open.marketId().deliveryStart(), open.deliveryEnd(),
                    open.gateClosure(), open.rules()));
            return true;
        });
    }

    @Test
    void opens_the_next_hours_with_gate_closure_five_minutes_ahead() {
        int opened = scheduler("2026-11-24T10:20:00Z").openUpcomingMarkets();

        assertThat(opened).isEqualTo(3);
        assertThat(sent).extracting(OpenMarket::marketId).extracting(MarketId::value)
                        .containsExactly("mg-1:2026-11-24T11:00Z", "mg-1:2026-11-24T12:00Z", "mg-1:2026-11-24T13:00Z");
        assertThat(sent.get(0).gateClosure()).isEqualTo(Instant.parse("2026-11-24T10:55:00Z"));
        assertThat(sent.get(0).deliveryEnd()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(sent.get(0).rules()).isEqualTo(new MarketRules(TARIFFS, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT));
    }

    @Test
    void a_microgrid_with_its_own_gate_closure_lead_closes_its_gates_that_long_before_delivery() {
        feed(new GateClosureLeadSet(MG, GateClosureLead.ofMinutes(30), new AdminId("admin")));

        scheduler("2026-11-24T10:20:00Z").openUpcomingMarkets();

        assertThat(sent.get(0).gateClosure()).isEqualTo(Instant.parse("2026-11-24T10:30:00Z"));
        assertThat(sent.get(1).gateClosure()).isEqualTo(Instant.parse("2026-11-24T11:30:00Z"));
    }

    @Test
    void a_longer_lead_skips_the_market_whose_gate_would_already_have_closed() {
        feed(new GateClosureLeadSet(MG, GateClosureLead.ofMinutes(45), new AdminId("admin")));

        scheduler("2026-11-24T10:20:00Z").openUpcomingMarkets();

        assertThat(sent).extracting(open -> open.marketId().value())
                        .containsExactly("mg-1:2026-11-24T12:00Z", "mg-1:2026-11-24T13:00Z");
    }

    @Test
    void a_market_whose_gate_has_passed_is_not_opened() {
        scheduler("2026-11-24T10:57:00Z").openUpcomingMarkets();

        assertThat(sent).extracting(open -> open.marketId().value())
                        .containsExactly("mg-1:2026-11-24T12:00Z", "mg-1:2026-11-24T13:00Z");
    }

    @Test
    void open_markets_are_not_opened_again() {
        scheduler("2026-11-24T10:20:00Z").openUpcomingMarkets();
        sent.clear();

        int opened = scheduler("2026-11-24T11:20:00Z").openUpcomingMarkets();

        assertThat(opened).isOne();
        assertThat(sent).extracting(open -> open.marketId().value()).containsExactly("mg-1:2026-11-24T14:00Z");
    }

    @Test
    void microgrids_without_tariffs_get_no_markets() throws Exception {
        MarketCalendar empty = new MarketCalendar(MigratedDatabase.create(), OrderQuantityLimit.DEFAULT);
        assertThat(new MarketScheduler(DefaultCommandGateway.builder().commandBus(bus).build(), empty,
                new HourlyMarketCycles(), clock("2026-11-24T10:20:00Z"), 3, Duration.ofMinutes(5))
                .openUpcomingMarkets()).isZero();
    }

    private MarketScheduler scheduler(String now) {
        return new MarketScheduler(DefaultCommandGateway.builder().commandBus(bus).build(), calendar,
                new HourlyMarketCycles(), clock(now), 3, Duration.ofMinutes(5));
    }

    private static Clock clock(String now) {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }

    /** Feeds an event to the calendar's package-private handler, as its processor would. */
    private void feed(Object event) {
        try {
            Method handler = MarketCalendar.class.getDeclaredMethod("on", event.getClass());
            handler.setAccessible(true);
            handler.invoke(calendar, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
