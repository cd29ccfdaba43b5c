package io.poweralgo.market.clearing;

import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.clearing.ClearingResult.CurvePoint;
import io.poweralgo.market.clearing.ClearingResult.Fill;
import io.poweralgo.market.clearing.ClearingResult.Match;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.poweralgo.api.market.ClearingMechanism.PAY_AS_BID;
import static io.poweralgo.api.market.ClearingMechanism.PAY_AS_CLEAR;
import static org.assertj.core.api.Assertions.assertThat;

class ClearingEngineTest {

    // demand: 2,000 Wh at 200,000; 1,500 Wh at 150,000; 1,000 Wh at 90,000
    // supply: 1,000 Wh at 100,000; 2,000 Wh at 140,000; 3,000 Wh at 180,000
    private static final List<ClearingOrder> BOOK = List.of(
            bid("b1", 2_000, 200_000, 1), bid("b2", 1_500, 150_000, 2), bid("b3", 1_000, 90_000, 3),
            offer("s1", 1_000, 100_000, 4), offer("s2", 2_000, 140_000, 5), offer("s3", 3_000, 180_000, 6));

    @Test
    void volume_is_where_demand_meets_supply_with_a_partial_fill_at_the_margin() {
        ClearingResult result = ClearingEngine.clear(BOOK, PAY_AS_CLEAR, PriceRule.MIDPOINT);

        // b1 takes s1 and 1,000 of s2; b2 takes the rest of s2 (1,000); b2's 500 left is below s3's 180,000
        assertThat(result.volumeWh()).isEqualTo(3_000);
        assertThat(result.fills()).containsExactly(new Fill("b1", 2_000), new Fill("b2", 1_000),
                new Fill("s1", 1_000), new Fill("s2", 2_000));
        assertThat(result.pricePerKwh()).isEqualTo((140_000 + 150_000) / 2);
        assertThat(result.matches()).isEmpty();
    }

    @Test
    void price_rule_k_moves_the_price_from_marginal_offer_to_marginal_bid() {
        assertThat(ClearingEngine.clear(BOOK, PAY_AS_CLEAR, new PriceRule(0)).pricePerKwh()).isEqualTo(140_000);
        assertThat(ClearingEngine.clear(BOOK, PAY_AS_CLEAR, new PriceRule(PriceRule.ONE)).pricePerKwh())
                .isEqualTo(150_000);
        assertThat(ClearingEngine.clear(BOOK, PAY_AS_CLEAR, new PriceRule(250_000)).pricePerKwh())
                .isEqualTo(142_500);
    }

    @Test
    void pay_as_bid_trades_each_pair_at_the_bid_price() {
        ClearingResult result = ClearingEngine.clear(BOOK, PAY_AS_BID, PriceRule.MIDPOINT);

        assertThat(result.matches()).containsExactly(new Match("b1", "s1", 1_000, 200_000),
                new Match("b1", "s2", 1_000, 200_000), new Match("b2", "s2", 1_000, 150_000));
        assertThat(result.volumeWh()).isEqualTo(3_000);
        assertThat(result.pricePerKwh()).isEqualTo((2_000L * 200_000 + 1_000L * 150_000) / 3_000);
    }

    @Test
    void no_trade_when_the_best_bid_is_below_the_best_offer() {
        ClearingResult result = ClearingEngine.clear(List.of(bid("b", 1_000, 99_999, 1), offer("s", 1_000, 100_000, 2)),
                PAY_AS_CLEAR, PriceRule.MIDPOINT);

        assertThat(result.traded()).isFalse();
        assertThat(result.pricePerKwh()).isNull();
        assertThat(result.fills()).isEmpty();
    }

    @Test
    void empty_or_one_sided_books_clear_nothing() {
        assertThat(ClearingEngine.clear(List.of(), PAY_AS_CLEAR, PriceRule.MIDPOINT).volumeWh()).isZero();
        assertThat(ClearingEngine.clear(List.of(bid("b", 1, 1, 1)), PAY_AS_BID, PriceRule.MIDPOINT).volumeWh()).isZero();
    }

    @Test
    void equal_prices_fill_in_placement_order() {
        List<ClearingOrder> book = List.of(offer("late", 1_000, 100_000, 9), offer("early", 1_000, 100_000, 3),
                bid("b", 1_500, 120_000, 5));

        assertThat(ClearingEngine.clear(book, PAY_AS_CLEAR, PriceRule.MIDPOINT).fills())
                .containsExactly(new Fill("early", 1_000), new Fill("b", 1_500), new Fill("late", 500));
    }

    @Test
    void curves_aggregate_by_price_level() {
        List<ClearingOrder> book = List.of(bid("b1", 100, 50, 1), bid("b2", 200, 50, 2), bid("b3", 300, 40, 3),
                offer("s1", 400, 30, 4), offer("s2", 500, 45, 5));

        ClearingResult result = ClearingEngine.clear(book, PAY_AS_CLEAR, PriceRule.MIDPOINT);

        assertThat(result.demand()).containsExactly(new CurvePoint(50, 300), new CurvePoint(40, 600));
        assertThat(result.supply()).containsExactly(new CurvePoint(30, 400), new CurvePoint(45, 900));
    }

    static ClearingOrder bid(String id, long wh, long price, long sequence) {
        return new ClearingOrder(id, Side.BUY, wh, price, sequence);
    }

    static ClearingOrder offer(String id, long wh, long price, long sequence) {
        return new ClearingOrder(id, Side.SELL, wh, price, sequence);
    }
}
