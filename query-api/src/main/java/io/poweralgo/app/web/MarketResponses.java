package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON the market endpoints answer with; absent values are left out. */
final class MarketResponses {

    private MarketResponses() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Market(String id, String microgridId, Instant deliveryStart, Instant deliveryEnd, Instant gateClosure,
                  MarketState state, long gridRetailPricePerKwh, long feedInTariffPerKwh, String mechanism,
                  BigDecimal priceRuleK, Long clearingPricePerKwh, Long clearedVolumeWh, List<CurvePoint> demandCurve,
                  List<CurvePoint> supplyCurve, String settlementFailure, Instant updatedAt) {

        static Market of(MarketView view, boolean withCurves) {
            return new Market(view.id().value(), view.id().microgridId().value(), view.deliveryStart(),
                    view.deliveryEnd(), view.gateClosure(), view.state(),
                    view.rules().tariffs().gridRetailPrice().microPerKwh(),
                    view.rules().tariffs().feedInTariff().microPerKwh(), view.rules().mechanism().name(),
                    BigDecimal.valueOf(view.rules().priceRule().kPpm(), 6).stripTrailingZeros(),
                    view.clearingPrice() == null ? null : view.clearingPrice().microPerKwh(),
                    view.clearedVolume() == null ? null : view.clearedVolume().wh(),
                    withCurves ? CurvePoint.of(view.demandCurve()) : null,
                    withCurves ? CurvePoint.of(view.supplyCurve()) : null, view.settlementFailure(), view.updatedAt());
        }
    }

    record CurvePoint(long pricePerKwh, long cumulativeWh) {

        static List<CurvePoint> of(List<MarketCleared.CurvePoint> points) {
            return points.stream().map(p -> new CurvePoint(p.price().microPerKwh(), p.cumulative().wh())).toList();
        }
    }

    record OrderBook(String marketId, List<PriceLevel> bids, List<PriceLevel> offers) {

        static OrderBook of(OrderBookView view) {
            return new OrderBook(view.marketId().value(), PriceLevel.of(view.bids()), PriceLevel.of(view.offers()));
        }
    }

    record PriceLevel(long pricePerKwh, long quantityWh, int orders) {

        static List<PriceLevel> of(List<OrderBookView.PriceLevel> levels) {
            return levels.stream().map(l -> new PriceLevel(l.price().microPerKwh(), l.quantity().wh(), l.orders())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Order(String orderId, String marketId, String participantId, Side side, Long quantityWh,
                 Long limitPricePerKwh, String clientOrderId, OrderStatus status, Long clearedWh, Instant placedAt,
                 Instant updatedAt, OrderSource source) {

        static Order of(OrderView view) {
            return new Order(view.orderId().value(), view.marketId().value(), view.trader().value(), view.side(),
                    view.quantity().wh(), view.limit().microPerKwh(), view.clientOrderId(), view.status(),
                    view.cleared().wh(), view.placedAt(), view.updatedAt(), view.source());
        }
    }

    record Tariffs(String microgridId, long gridRetailPricePerKwh, long feedInTariffPerKwh) {
    }

    record ClearingRules(String microgridId, String mechanism, BigDecimal priceRuleK) {

        static ClearingRules of(String microgridId, String mechanism, PriceRule rule) {
            return new ClearingRules(microgridId, mechanism, BigDecimal.valueOf(rule.kPpm(), 6).stripTrailingZeros());
        }
    }

    record GateClosureLead(String microgridId, long gateClosureLeadMinutes) {
    }

    record MaxOrder(String microgridId, long maxOrderWh) {
    }

    /**
     * A microgrid's market parameters and site; {@code null}: tariffs not set yet, or the platform's default lead,
     * largest order or site.
     */
    record Microgrid(String microgridId, Long gridRetailPricePerKwh, Long feedInTariffPerKwh, ClearingMechanism mechanism,
                     long priceRuleKPpm, Long gateClosureLeadMinutes, Long maxOrderWh, Instant updatedAt,
                     String updatedBy, Location site) {

        static Microgrid of(MicrogridView view) {
            return new Microgrid(view.microgridId(), view.gridRetailPricePerKwh(), view.feedInTariffPerKwh(),
                    view.mechanism(), view.priceRuleKPpm(), view.gateClosureLeadMinutes(), view.maxOrderWh(),
                    view.updatedAt(), view.updatedBy(), view.site() == null ? null : Location.of(view.site()));
        }
    }

    /** Where a microgrid lies, as an admin sets it: degrees north and east, and its time zone by name. */
    record Location(double latitude, double longitude, String timeZone) {

        static Location of(MicrogridSite site) {
            return new Location(site.latitudeDeg(), site.longitudeDeg(), site.zone().getId());
        }
    }

    /** The answer to setting a site: the microgrid and its site, in the body's fields. */
    record Site(String microgridId, double latitude, double longitude, String timeZone) {

        static Site of(String microgridId, MicrogridSite site) {
            Location location = Location.of(site);
            return new Site(microgridId, location.latitude(), location.longitude(), location.timeZone());
        }
    }

    record GateClosure(String marketId, MarketState state) {
    }

    /** What one run of the trading agent did in a market. */
    record AgentRun(String marketId, int placed, int amended, int cancelled, int unchanged) {
    }
}
