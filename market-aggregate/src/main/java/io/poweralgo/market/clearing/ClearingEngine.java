package io.poweralgo.market.clearing;

import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.clearing.ClearingResult.CurvePoint;
import io.poweralgo.market.clearing.ClearingResult.Fill;
import io.poweralgo.market.clearing.ClearingResult.Match;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Double auction over one market's order book: bids by price descending, offers by price
 * ascending, ties by placement sequence then id; the walk down both sides trades while the bid's
 * limit reaches the offer's, so the volume is the largest the book allows and marginal orders may
 * be partly filled. A pure, deterministic function of the book.
 *
 * <p>Each side is sorted as an array of longs: the price (31 bits, inverted for bids) in the high
 * half and the order's rank in placement order in the low half, which makes the sort a primitive
 * one.
 */
public final class ClearingEngine {

    private static final Comparator<ClearingOrder> PLACEMENT =
            Comparator.comparingLong(ClearingOrder::sequence).thenComparing(ClearingOrder::orderId);
    private static final long LOW_HALF = 0xFFFF_FFFFL;

    private ClearingEngine() {
    }

    public static ClearingResult clear(List<ClearingOrder> book, ClearingMechanism mechanism, PriceRule rule) {
        ClearingOrder[] orders = inPlacementOrder(book);
        long[] bids = sortKeys(orders, Side.BUY);
        long[] offers = sortKeys(orders, Side.SELL);
        long[] cleared = new long[orders.length];
        List<Match> matches = new ArrayList<>();

        int bi = 0;
        int si = 0;
        long bidLeft = bids.length > 0 ? orders[rank(bids[0])].quantityWh() : 0;
        long offerLeft = offers.length > 0 ? orders[rank(offers[0])].quantityWh() : 0;
        long volume = 0;
        int marginalBid = -1;
        int marginalOffer = -1;
        BigInteger paid = BigInteger.ZERO;
        while (bi < bids.length && si < offers.length) {
            ClearingOrder bid = orders[rank(bids[bi])];
            ClearingOrder offer = orders[rank(offers[si])];
            if (bid.limitPricePerKwh() < offer.limitPricePerKwh()) {
                break;
            }
            long quantity = Math.min(bidLeft, offerLeft);
            cleared[rank(bids[bi])] = Math.addExact(cleared[rank(bids[bi])], quantity);
            cleared[rank(offers[si])] = Math.addExact(cleared[rank(offers[si])], quantity);
            volume = Math.addExact(volume, quantity);
            marginalBid = rank(bids[bi]);
            marginalOffer = rank(offers[si]);
            if (mechanism == ClearingMechanism.PAY_AS_BID) {
                matches.add(new Match(bid.orderId(), offer.orderId(), quantity, bid.limitPricePerKwh()));
                paid = paid.add(BigInteger.valueOf(quantity).multiply(BigInteger.valueOf(bid.limitPricePerKwh())));
            }
            bidLeft -= quantity;
            offerLeft -= quantity;
            if (bidLeft == 0 && ++bi < bids.length) {
                bidLeft = orders[rank(bids[bi])].quantityWh();
            }
            if (offerLeft == 0 && ++si < offers.length) {
                offerLeft = orders[rank(offers[si])].quantityWh();
            }
        }

        Long price = null;
        if (volume > 0) {
            price = mechanism == ClearingMechanism.PAY_AS_CLEAR
                    ? rule.priceBetween(orders[marginalOffer].limitPricePerKwh(), orders[marginalBid].limitPricePerKwh())
                    : paid.divide(BigInteger.valueOf(volume)).longValueExact();
        }
        return new ClearingResult(mechanism, price, volume, fills(orders, cleared), List.copyOf(matches),
                curve(orders, bids), curve(orders, offers));
    }

    private static ClearingOrder[] inPlacementOrder(List<ClearingOrder> book) {
        ClearingOrder[] orders = book.toArray(ClearingOrder[]::new);
        for (int i = 1; i < orders.length; i++) {
            if (PLACEMENT.compare(orders[i - 1], orders[i]) > 0) {
                Arrays.sort(orders, PLACEMENT);
                break;
            }
        }
        return orders;
    }

    /** Ascending keys give bids by price descending and offers by price ascending, then by rank. */
    private static long[] sortKeys(ClearingOrder[] orders, Side side) {
        long[] keys = new long[orders.length];
        int count = 0;
        for (int rank = 0; rank < orders.length; rank++) {
            ClearingOrder order = orders[rank];
            if (order.side() == side) {
                long price = side == Side.BUY ? Price.MAX - order.limitPricePerKwh() : order.limitPricePerKwh();
                keys[count++] = price << 32 | rank;
            }
        }
        keys = Arrays.copyOf(keys, count);
        Arrays.sort(keys);
        return keys;
    }

    private static int rank(long key) {
        return (int) (key & LOW_HALF);
    }

    private static List<Fill> fills(ClearingOrder[] orders, long[] cleared) {
        List<Fill> fills = new ArrayList<>();
        for (int rank = 0; rank < orders.length; rank++) {
            if (cleared[rank] > 0) {
                fills.add(new Fill(orders[rank].orderId(), cleared[rank]));
            }
        }
        return List.copyOf(fills);
    }

    private static List<CurvePoint> curve(ClearingOrder[] orders, long[] sortedKeys) {
        List<CurvePoint> curve = new ArrayList<>();
        long cumulative = 0;
        for (int i = 0; i < sortedKeys.length; i++) {
            ClearingOrder order = orders[rank(sortedKeys[i])];
            cumulative = Math.addExact(cumulative, order.quantityWh());
            boolean lastAtThisPrice = i + 1 == sortedKeys.length
                    || orders[rank(sortedKeys[i + 1])].limitPricePerKwh() != order.limitPricePerKwh();
            if (lastAtThisPrice) {
                curve.add(new CurvePoint(order.limitPricePerKwh(), cumulative));
            }
        }
        return List.copyOf(curve);
    }
}
