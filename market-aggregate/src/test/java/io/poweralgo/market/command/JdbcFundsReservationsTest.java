package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reservations and the trader directory on a real database with the module's migrations. */
class JdbcFundsReservationsTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final MarketId H13 = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-11-24T13:00:00Z"));
    private static final MarketId H14 = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-11-24T14:00:00Z"));

    private JdbcTemplate jdbc;
    private JdbcFundsReservations funds;

    @BeforeEach
    void setUp() {
        jdbc = MigratedDatabase.create();
        new JdbcTraderDirectory(jdbc).on(new ParticipantRegistered(ALICE, Role.CONSUMER, new MicrogridId("mg-1"), "Alice",
                new EmailAddress("alice@example.org")));
        funds = new JdbcFundsReservations(jdbc, trader -> 500_000);
    }

    @Test
    void bids_in_all_markets_share_one_balance() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.reserve(ALICE, H14, new OrderId("b2"), Side.BUY, Energy.ofWh(1_000), Price.perKwh(200_000));

        assertThatThrownBy(() -> funds.reserve(ALICE, H14, new OrderId("b3"), Side.BUY, Energy.ofWh(1), Price.perKwh(1_000)))
                .isInstanceOfSatisfying(DomainRejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainRejection.Kind.UNPROCESSABLE);
                    assertThat(e.details()).containsEntry("availableMicro", "0");
                });
        assertThat(funds.reservedBy(ALICE)).isEqualTo(500_000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funds_reservation", Integer.class)).isEqualTo(2);
    }

    @Test
    void reserving_again_for_the_same_bid_replaces_its_reservation() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(3_000), Price.perKwh(160_000));

        assertThat(funds.reservedBy(ALICE)).isEqualTo(480_000);
    }

    @Test
    void what_is_available_leaves_out_the_reservation_of_the_order_that_would_reserve_anew() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.reserve(ALICE, H14, new OrderId("b2"), Side.BUY, Energy.ofWh(1_000), Price.perKwh(100_000));

        assertThat(funds.availableFor(ALICE, H14, null)).isEqualTo(100_000);
        assertThat(funds.availableFor(ALICE, H14, new OrderId("b2"))).isEqualTo(200_000);
        assertThat(funds.availableFor(ALICE, H13, new OrderId("b2"))).as("the order is named with its market")
                                                                      .isEqualTo(100_000);
    }

    @Test
    void nothing_is_available_when_reservations_exceed_a_fallen_balance() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));

        assertThat(new JdbcFundsReservations(jdbc, trader -> 100_000).availableFor(ALICE, H14, null)).isZero();
    }

    @Test
    void cost_is_rounded_up_to_the_micro_unit() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(1), Price.perKwh(1_001));

        assertThat(funds.reservedBy(ALICE)).isEqualTo(2);
    }

    @Test
    void after_clearing_only_what_was_filled_stays_reserved() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.reserve(ALICE, H13, new OrderId("b2"), Side.BUY, Energy.ofWh(1_000), Price.perKwh(90_000));
        funds.reserve(ALICE, H14, new OrderId("b3"), Side.BUY, Energy.ofWh(1_000), Price.perKwh(90_000));

        funds.keepFilled(H13, Map.of(new OrderId("b1"), Energy.ofWh(1_500)));

        assertThat(funds.reservedBy(ALICE)).isEqualTo(225_000 + 90_000);
    }

    @Test
    void released_bids_free_their_money() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.release(H13, new OrderId("b1"));

        assertThat(funds.reservedBy(ALICE)).isZero();
    }

    @Test
    void a_settled_market_frees_what_its_bids_kept_and_nothing_else() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));
        funds.reserve(ALICE, H14, new OrderId("b3"), Side.BUY, Energy.ofWh(1_000), Price.perKwh(90_000));
        funds.keepFilled(H13, Map.of(new OrderId("b1"), Energy.ofWh(1_500)));

        funds.releaseMarket(H13);

        assertThat(funds.reservedBy(ALICE)).isEqualTo(90_000);
    }

    @Test
    void an_offer_reserves_at_its_price_and_clearing_keeps_what_it_sold() {
        funds.reserve(ALICE, H13, new OrderId("o1"), Side.SELL, Energy.ofWh(2_000), Price.perKwh(220_000));
        funds.reserve(ALICE, H13, new OrderId("o2"), Side.SELL, Energy.ofWh(1), Price.perKwh(220_001));
        assertThat(funds.reservedBy(ALICE)).isEqualTo(440_000 + 221);
        assertThat(jdbc.queryForObject("SELECT side FROM funds_reservation WHERE order_id = 'o1'", String.class))
                .isEqualTo("SELL");

        funds.keepFilled(H13, Map.of(new OrderId("o1"), Energy.ofWh(501)));

        assertThat(funds.reservedBy(ALICE)).as("ceil(501 x 220,000 / 1000)").isEqualTo(110_220);
    }

    @Test
    void an_offer_the_balance_cannot_cover_is_refused_naming_the_imbalance_charge() {
        funds.reserve(ALICE, H13, new OrderId("b1"), Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000));

        assertThatThrownBy(() -> funds.reserve(ALICE, H14, new OrderId("o1"), Side.SELL, Energy.ofWh(1_000),
                Price.perKwh(220_000)))
                .isInstanceOfSatisfying(DomainRejection.class, e -> {
                    assertThat(e.code()).isEqualTo("INSUFFICIENT_FUNDS");
                    assertThat(e.getMessage()).contains("imbalance charge");
                    assertThat(e.details()).containsEntry("requiredMicro", "220000").containsEntry("availableMicro", "200000");
                });
        assertThat(funds.reservedBy(ALICE)).isEqualTo(300_000);
    }
}
