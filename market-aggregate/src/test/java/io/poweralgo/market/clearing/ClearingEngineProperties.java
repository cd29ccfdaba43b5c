package io.poweralgo.market.clearing;

import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.clearing.ClearingResult.CurvePoint;
import io.poweralgo.market.clearing.ClearingResult.Fill;
import io.poweralgo.market.clearing.ClearingResult.Match;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of clearing over generated order books. */
class ClearingEngineProperties {

    @Property
    void buyVolumeEqualsSellVolume(@ForAll("books") List<ClearingOrder> book, @ForAll ClearingMechanism mechanism,
                                   @ForAll("rules") PriceRule rule) {
        ClearingResult result = ClearingEngine.clear(book, mechanism, rule);

        assertThat(clearedOn(book, result, Side.BUY)).isEqualTo(result.volumeWh());
        assertThat(clearedOn(book, result, Side.SELL)).isEqualTo(result.volumeWh());
    }

    @Property
    void noOrderIsFilledBeyondItsQuantity(@ForAll("books") List<ClearingOrder> book,
                                          @ForAll ClearingMechanism mechanism) {
        Map<String, ClearingOrder> byId = byId(book);
        for (Fill fill : ClearingEngine.clear(book, mechanism, PriceRule.MIDPOINT).fills()) {
            assertThat(fill.clearedWh()).isBetween(1L, byId.get(fill.orderId()).quantityWh());
        }
    }

    @Property
    void everyClearedBidLimitIsAtLeastThePriceAndEveryClearedOfferLimitAtMost(
            @ForAll("books") List<ClearingOrder> book, @ForAll("rules") PriceRule rule) {
        ClearingResult result = ClearingEngine.clear(book, ClearingMechanism.PAY_AS_CLEAR, rule);
        Map<String, ClearingOrder> byId = byId(book);

        for (Fill fill : result.fills()) {
            ClearingOrder order = byId.get(fill.orderId());
            if (order.side() == Side.BUY) {
                assertThat(order.limitPricePerKwh()).isGreaterThanOrEqualTo(result.pricePerKwh());
            } else {
                assertThat(order.limitPricePerKwh()).isLessThanOrEqualTo(result.pricePerKwh());
            }
        }
    }

    @Property
    void noUnmatchedBidAndOfferCouldStillTrade(@ForAll("books") List<ClearingOrder> book,
                                               @ForAll ClearingMechanism mechanism) {
        ClearingResult result = ClearingEngine.clear(book, mechanism, PriceRule.MIDPOINT);
        Map<String, Long> cleared = new HashMap<>();
        result.fills().forEach(fill -> cleared.put(fill.orderId(), fill.clearedWh()));

        long highestOpenBid = Long.MIN_VALUE;
        long lowestOpenOffer = Long.MAX_VALUE;
        for (ClearingOrder order : book) {
            boolean open = cleared.getOrDefault(order.orderId(), 0L) < order.quantityWh();
            if (open && order.side() == Side.BUY) {
                highestOpenBid = Math.max(highestOpenBid, order.limitPricePerKwh());
            } else if (open) {
                lowestOpenOffer = Math.min(lowestOpenOffer, order.limitPricePerKwh());
            }
        }
        assertThat(highestOpenBid).isLessThan(lowestOpenOffer);
    }

    @Property
    void volumeEqualsTheBruteForceMaximum(@ForAll("books") List<ClearingOrder> book,
                                          @ForAll ClearingMechanism mechanism) {
        long best = 0;
        TreeSet<Long> prices = new TreeSet<>();
        book.forEach(order -> prices.add(order.limitPricePerKwh()));
        for (long price : prices) {
            long demand = book.stream().filter(o -> o.side() == Side.BUY && o.limitPricePerKwh() >= price)
                              .mapToLong(ClearingOrder::quantityWh).sum();
            long supply = book.stream().filter(o -> o.side() == Side.SELL && o.limitPricePerKwh() <= price)
                              .mapToLong(ClearingOrder::quantityWh).sum();
            best = Math.max(best, Math.min(demand, supply));
        }

        assertThat(ClearingEngine.clear(book, mechanism, PriceRule.MIDPOINT).volumeWh()).isEqualTo(best);
    }

    @Property
    void resultDoesNotDependOnInputOrder(@ForAll("books") List<ClearingOrder> book, @ForAll long seed,
                                         @ForAll ClearingMechanism mechanism, @ForAll("rules") PriceRule rule) {
        List<ClearingOrder> shuffled = new ArrayList<>(book);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(ClearingEngine.clear(shuffled, mechanism, rule)).isEqualTo(ClearingEngine.clear(book, mechanism, rule));
    }

    @Property
    void payAsBidMatchesCrossingPairsAtTheBidPriceWithTheSameVolumeAsPayAsClear(
            @ForAll("books") List<ClearingOrder> book) {
        ClearingResult payAsBid = ClearingEngine.clear(book, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT);
        Map<String, ClearingOrder> byId = byId(book);

        for (Match match : payAsBid.matches()) {
            ClearingOrder bid = byId.get(match.bidId());
            assertThat(match.pricePerKwh()).isEqualTo(bid.limitPricePerKwh())
                                           .isGreaterThanOrEqualTo(byId.get(match.offerId()).limitPricePerKwh());
        }
        assertThat(payAsBid.matches().stream().mapToLong(Match::quantityWh).sum()).isEqualTo(payAsBid.volumeWh());
        assertThat(payAsBid.volumeWh())
                .isEqualTo(ClearingEngine.clear(book, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT).volumeWh());
    }

    @Property
    void curvesEndAtTheTotalOfEachSide(@ForAll("books") List<ClearingOrder> book) {
        ClearingResult result = ClearingEngine.clear(book, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT);
        long demand = book.stream().filter(o -> o.side() == Side.BUY).mapToLong(ClearingOrder::quantityWh).sum();
        long supply = book.stream().filter(o -> o.side() == Side.SELL).mapToLong(ClearingOrder::quantityWh).sum();

        assertThat(result.demand().isEmpty() ? 0 : result.demand().get(result.demand().size() - 1).cumulativeWh())
                .isEqualTo(demand);
        assertThat(result.supply().isEmpty() ? 0 : result.supply().get(result.supply().size() - 1).cumulativeWh())
                .isEqualTo(supply);
    }

    /** At the largest quantity and any price the bounds allow, volumes and curves are exact sums. */
    @Property
    void theLargestOrdersClearExactly(@ForAll("largestBooks") List<ClearingOrder> book,
                                      @ForAll ClearingMechanism mechanism) {
        ClearingResult result = ClearingEngine.clear(book, mechanism, PriceRule.MIDPOINT);

        assertThat(clearedOn(book, result, Side.BUY)).isEqualTo(result.volumeWh());
        assertThat(clearedOn(book, result, Side.SELL)).isEqualTo(result.volumeWh());
        assertThat(lastCumulative(result.demand())).isEqualTo(exactTotal(book, Side.BUY));
        assertThat(lastCumulative(result.supply())).isEqualTo(exactTotal(book, Side.SELL));
    }

    @Provide
    Arbitrary<List<ClearingOrder>> largestBooks() {
        Arbitrary<ClearingOrder> order = Combinators.combine(
                Arbitraries.of(Side.values()),
                Arbitraries.longs().between(OrderQuantityLimit.CEILING - 2, OrderQuantityLimit.CEILING),
                Arbitraries.longs().between(Price.MAX - 3, Price.MAX).injectDuplicates(0.5),
                Arbitraries.longs().between(0, 15)
        ).as((side, wh, price, sequence) -> new ClearingOrder("", side, wh, price, sequence));
        return order.list().ofMinSize(1).ofMaxSize(200).map(ClearingEngineProperties::withUniqueIds);
    }

    private static BigInteger lastCumulative(List<CurvePoint> curve) {
        return curve.isEmpty() ? BigInteger.ZERO : BigInteger.valueOf(curve.get(curve.size() - 1).cumulativeWh());
    }

    private static BigInteger exactTotal(List<ClearingOrder> book, Side side) {
        return book.stream().filter(o -> o.side() == side).map(o -> BigInteger.valueOf(o.quantityWh()))
                   .reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Provide
    Arbitrary<List<ClearingOrder>> books() {
        // few distinct prices and sequences so that ties on price and on sequence are common
        Arbitrary<ClearingOrder> order = Combinators.combine(
                Arbitraries.of(Side.values()),
                Arbitraries.longs().between(1, 5_000),
                Arbitraries.longs().between(80_000, 80_010).map(p -> (p - 80_000) * 10_000 + 80_000),
                Arbitraries.longs().between(0, 15)
        ).as((side, wh, price, sequence) -> new ClearingOrder("", side, wh, price, sequence));
        return order.list().ofMaxSize(24).map(ClearingEngineProperties::withUniqueIds);
    }

    @Provide
    Arbitrary<PriceRule> rules() {
        return Arbitraries.longs().between(0, PriceRule.ONE).map(PriceRule::new);
    }

    private static List<ClearingOrder> withUniqueIds(List<ClearingOrder> orders) {
        List<ClearingOrder> named = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            ClearingOrder o = orders.get(i);
            named.add(new ClearingOrder("o" + i, o.side(), o.quantityWh(), o.limitPricePerKwh(), o.sequence()));
        }
        return named;
    }

    private static long clearedOn(List<ClearingOrder> book, ClearingResult result, Side side) {
        Map<String, ClearingOrder> byId = byId(book);
        return result.fills().stream().filter(fill -> byId.get(fill.orderId()).side() == side)
                     .mapToLong(Fill::clearedWh).sum();
    }

    private static Map<String, ClearingOrder> byId(List<ClearingOrder> book) {
        Map<String, ClearingOrder> byId = new HashMap<>();
        book.forEach(order -> byId.put(order.orderId(), order));
        return byId;
    }

    @Property
    void kRuleStaysWithinTheMarginalPair(@ForAll @LongRange(min = 0, max = 1_000_000) long offer,
                                         @ForAll @LongRange(min = 0, max = 1_000_000) long spread,
                                         @ForAll("rules") PriceRule rule) {
        assertThat(rule.priceBetween(offer, offer + spread)).isBetween(offer, offer + spread);
    }
}
