package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.ParticipantSuspended;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.trading.SetTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.poweralgo.market.command.Rejections.rejection;

/** The rules of a household's standing preferences for automatic trading, as the Participant aggregate keeps them. */
class ParticipantTradingPreferencesTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    /** retail 300 000, feed-in 80 000 micro-units per kWh */
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    private static final TradingPreferences BUYER = new TradingPreferences(true, Price.perKwh(250_000), null, 3_500L, null);
    private static final TradingPreferences SELLER =
            new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), 3_500L, 6_000L);

    private FixtureConfiguration<Participant> fixture;
    private final Map<MicrogridId, Tariffs> tariffs = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((MicrogridTariffs) microgrid -> Optional.ofNullable(tariffs.get(microgrid)));
        tariffs.put(MG, TARIFFS);
    }

    @Test
    void an_approved_prosumer_sets_buy_and_sell_preferences() {
        fixture.given(approved(Role.PROSUMER))
               .when(new SetTradingPreferences(ALICE, SELLER, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, SELLER, ALICE, NOW));
    }

    @Test
    void an_approved_consumer_sets_buy_preferences() {
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, BUYER, ALICE, NOW));
    }

    @Test
    void the_declared_consumption_is_optional() {
        TradingPreferences bare = new TradingPreferences(true, Price.perKwh(250_000), null, null, null);
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, bare, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, bare, ALICE, NOW));
    }

    @Test
    void a_consumer_setting_a_sell_price_is_refused_because_consumers_only_buy() {
        TradingPreferences selling = new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), null, null);
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, selling, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "CONSUMERS_ONLY_BUY"));
    }

    @Test
    void a_consumer_setting_a_pv_peak_power_is_refused_because_consumers_only_buy() {
        TradingPreferences withPv = new TradingPreferences(true, Price.perKwh(250_000), null, null, 6_000L);
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, withPv, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "CONSUMERS_ONLY_BUY"));
    }

    @Test
    void a_buy_price_above_the_grid_retail_price_is_refused() {
        TradingPreferences tooHigh = new TradingPreferences(true, Price.perKwh(300_001), null, null, null);
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, tooHigh, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
    }

    @Test
    void a_buy_price_below_the_feed_in_tariff_is_refused() {
        TradingPreferences tooLow = new TradingPreferences(true, Price.perKwh(79_999), null, null, null);
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, tooLow, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
    }

    @Test
    void a_sell_price_outside_the_tariffs_is_refused() {
        TradingPreferences tooLow = new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(79_999), null, null);
        fixture.given(approved(Role.PROSUMER))
               .when(new SetTradingPreferences(ALICE, tooLow, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
    }

    @Test
    void prices_at_the_tariffs_themselves_are_accepted() {
        TradingPreferences atTheEdges = new TradingPreferences(false, Price.perKwh(300_000), Price.perKwh(80_000), null, null);
        fixture.given(approved(Role.PROSUMER))
               .when(new SetTradingPreferences(ALICE, atTheEdges, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, atTheEdges, ALICE, NOW));
    }

    /** A prosumer may buy in one hour and sell in another: its lowest sell price may lie above its highest buy price. */
    @Test
    void a_sell_price_above_the_buy_price_is_accepted() {
        TradingPreferences apart = new TradingPreferences(true, Price.perKwh(100_000), Price.perKwh(200_000), null, null);
        fixture.given(approved(Role.PROSUMER))
               .when(new SetTradingPreferences(ALICE, apart, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, apart, ALICE, NOW));
    }

    @Test
    void prices_are_checked_against_the_microgrids_current_tariffs() {
        tariffs.put(MG, new Tariffs(Price.perKwh(200_000), Price.perKwh(80_000)));
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
    }

    @Test
    void without_tariffs_of_the_microgrid_preferences_are_refused() {
        tariffs.clear();
        fixture.given(approved(Role.CONSUMER))
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "MICROGRID_WITHOUT_TARIFFS"));
    }

    @Test
    void a_participant_pending_kyc_cannot_set_preferences() {
        fixture.given(registered(Role.CONSUMER), new KycSubmitted(ALICE, passport()))
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void a_rejected_participant_cannot_set_preferences() {
        fixture.given(registered(Role.CONSUMER), new KycSubmitted(ALICE, passport()),
                       new KycRejected(ALICE, ADMIN, "blurred"))
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void a_suspended_participant_cannot_set_preferences() {
        List<Object> suspended = new ArrayList<>(approved(Role.CONSUMER));
        suspended.add(new ParticipantSuspended(ALICE, ADMIN, "fraud"));
        fixture.given(suspended)
               .when(new SetTradingPreferences(ALICE, BUYER, ALICE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void setting_the_preferences_in_force_again_changes_nothing() {
        List<Object> history = new ArrayList<>(approved(Role.PROSUMER));
        history.add(new TradingPreferencesSet(ALICE, SELLER, ALICE, NOW.minusSeconds(3_600)));
        fixture.given(history)
               .when(new SetTradingPreferences(ALICE, SELLER, ALICE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    /** The agent reacts to this event by cancelling the orders it placed; the aggregate only records the switch. */
    @Test
    void turning_auto_trading_off_is_recorded_as_new_preferences() {
        TradingPreferences off = new TradingPreferences(false, Price.perKwh(250_000), Price.perKwh(120_000), 3_500L, 6_000L);
        List<Object> history = new ArrayList<>(approved(Role.PROSUMER));
        history.add(new TradingPreferencesSet(ALICE, SELLER, ALICE, NOW.minusSeconds(3_600)));
        fixture.given(history)
               .when(new SetTradingPreferences(ALICE, off, ALICE))
               .expectEvents(new TradingPreferencesSet(ALICE, off, ALICE, NOW));
    }

    private static ParticipantRegistered registered(Role role) {
        return new ParticipantRegistered(ALICE, role, MG, "Alice", new EmailAddress("alice@example.org"));
    }

    private static KycDocument passport() {
        return new KycDocument(KycDocumentType.PASSPORT, "C01X00T47", "DE");
    }

    private static List<Object> approved(Role role) {
        return List.of(registered(role), new KycSubmitted(ALICE, passport()),
                new KycApproved(ALICE, ADMIN, new AlgorandAddress("A".repeat(58))));
    }
}
