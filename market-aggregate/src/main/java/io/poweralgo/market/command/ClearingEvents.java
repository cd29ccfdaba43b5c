package io.poweralgo.market.command;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.market.clearing.ClearingResult;

import java.time.Instant;
import java.util.function.Function;

/** Turns the pure clearing result into the {@link MarketCleared} event. */
final class ClearingEvents {

    private ClearingEvents() {
    }

    static MarketCleared marketCleared(MarketId market, ClearingResult result, Function<OrderId, ParticipantId> traderOf,
                                       Function<OrderId, Side> sideOf, Instant deliveryEnd, Tariffs tariffs) {
        return new MarketCleared(market, result.mechanism(),
                result.pricePerKwh() == null ? null : Price.perKwh(result.pricePerKwh()),
                Energy.ofWh(result.volumeWh()),
                result.fills().stream()
                      .map(f -> {
                          OrderId order = new OrderId(f.orderId());
                          return new MarketCleared.OrderFill(order, traderOf.apply(order), sideOf.apply(order),
                                  Energy.ofWh(f.clearedWh()));
                      })
                      .toList(),
                result.matches().stream()
                      .map(m -> new MarketCleared.TradeMatch(new OrderId(m.bidId()), new OrderId(m.offerId()),
                              Energy.ofWh(m.quantityWh()), Price.perKwh(m.pricePerKwh())))
                      .toList(),
                result.demand().stream()
                      .map(p -> new MarketCleared.CurvePoint(Price.perKwh(p.pricePerKwh()), Energy.ofWh(p.cumulativeWh())))
                      .toList(),
                result.supply().stream()
                      .map(p -> new MarketCleared.CurvePoint(Price.perKwh(p.pricePerKwh()), Energy.ofWh(p.cumulativeWh())))
                      .toList(),
                deliveryEnd, tariffs);
    }
}
