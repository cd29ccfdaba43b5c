package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundsTest {

    @Test
    void the_default_order_limit_is_one_mwh_and_admits_exactly_that() {
        assertThat(OrderQuantityLimit.DEFAULT.admits(Energy.ofWh(1_000_000))).isTrue();
        assertThat(OrderQuantityLimit.DEFAULT.admits(Energy.ofWh(1_000_001))).isFalse();
    }

    @Test
    void a_quantity_above_the_limit_names_the_request_field() {
        assertThatThrownBy(() -> OrderQuantityLimit.DEFAULT.require(Energy.ofWh(9_000_000_000_000_000_000L)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.valueName()).isEqualTo("quantityWh"));
    }

    @Test
    void the_order_limit_itself_is_at_most_one_gwh() {
        assertThat(new OrderQuantityLimit(OrderQuantityLimit.CEILING).maxWh()).isEqualTo(1_000_000_000L);
        assertThatThrownBy(() -> new OrderQuantityLimit(OrderQuantityLimit.CEILING + 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OrderQuantityLimit(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_largest_order_at_the_largest_price_fits_a_long() {
        assertThat(Energy.ofWh(OrderQuantityLimit.CEILING).costCeilingAt(Price.perKwh(Price.MAX)))
                .isEqualTo(2_147_483_647_000_000L);
    }

    @Test
    void the_retail_price_is_at_most_nine_units_per_kwh() {
        assertThat(new Tariffs(Price.perKwh(Tariffs.MAX_PER_KWH), Price.perKwh(0)).gridRetailPrice().microPerKwh())
                .isEqualTo(9_000_000);
        assertThatThrownBy(() -> new Tariffs(Price.perKwh(Tariffs.MAX_PER_KWH + 1), Price.perKwh(0)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.valueName()).isEqualTo("gridRetailPricePerKwh"));
    }

    @Test
    void orders_are_asked_in_at_most_a_year_of_hourly_markets_at_once() {
        List<MarketId> leapYear = hourlyMarkets(366 * 24);
        assertThat(new FindOrdersOfParticipantInMarkets(new ParticipantId("alice"), leapYear).marketIds()).hasSize(8_784);
        assertThatThrownBy(() -> new FindOrdersOfParticipantInMarkets(new ParticipantId("alice"),
                hourlyMarkets(FindOrdersOfParticipantInMarkets.MAX_MARKETS + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.valueName()).isEqualTo("marketIds"));
        assertThatThrownBy(() -> new FindOrdersOfParticipantInMarkets(null, leapYear)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FindOrdersOfParticipantInMarkets(new ParticipantId("alice"), null))
                .isInstanceOf(InvalidValueException.class);
    }

    private static List<MarketId> hourlyMarkets(int count) {
        Instant first = Instant.parse("2028-01-01T00:00:00Z");
        return LongStream.range(0, count)
                         .mapToObj(hour -> new MarketId(new MicrogridId("mg-1"), first.plusSeconds(hour * 3_600)))
                         .toList();
    }
}
