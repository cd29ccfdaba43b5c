package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.FindMarket;
import io.poweralgo.api.market.FindMarkets;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MarketViews;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Read model {@code markets}: one document per market with its state (through settlement, with
 * the reason of a failed one) and, once cleared, the price, the volume and the demand and supply curves. Times come from the events.
 */
@Component
@ProcessingGroup(MarketProjection.PROCESSING_GROUP)
public class MarketProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "markets";

    private final MongoCollection<Document> markets;

    public MarketProjection(MongoDatabase readModels) {
        this.markets = readModels.getCollection("markets");
        markets.createIndex(Indexes.ascending("microgridId", "deliveryStart"));
    }

    @EventHandler
    void on(MarketOpened event, @Timestamp Instant at) {
        MarketRules rules = event.rules();
        Document market = new Document("_id", event.marketId().value())
                .append("microgridId", event.marketId().microgridId().value())
                .append("deliveryStart", Date.from(event.deliveryStart()))
                .append("deliveryEnd", Date.from(event.deliveryEnd()))
                .append("gateClosure", Date.from(event.gateClosure()))
                .append("state", MarketState.OPEN.name())
                .append("gridRetailPricePerKwh", rules.tariffs().gridRetailPrice().microPerKwh())
                .append("feedInTariffPerKwh", rules.tariffs().feedInTariff().microPerKwh())
                .append("mechanism", rules.mechanism().name())
                .append("priceRuleKPpm", rules.priceRule().kPpm())
                .append("demandCurve", List.of())
                .append("supplyCurve", List.of())
                .append("updatedAt", Date.from(at));
        markets.replaceOne(Filters.eq("_id", event.marketId().value()), market, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(GateClosed event, @Timestamp Instant at) {
        markets.updateOne(Filters.eq("_id", event.marketId().value()),
                Updates.combine(Updates.set("state", MarketState.GATE_CLOSED.name()), Updates.set("gateClosedAt", Date.from(at)),
                        Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(MarketCleared event, @Timestamp Instant at) {
        markets.updateOne(Filters.eq("_id", event.marketId().value()), Updates.combine(
                Updates.set("state", MarketState.CLEARED.name()),
                Updates.set("clearingPricePerKwh", event.clearingPrice() == null ? null : event.clearingPrice().microPerKwh()),
                Updates.set("clearedVolumeWh", event.volume().wh()),
                Updates.set("demandCurve", curve(event.demand())),
                Updates.set("supplyCurve", curve(event.supply())),
                Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(MarketClearingFailed event, @Timestamp Instant at) {
        setState(event.marketId().value(), MarketState.SETTLEMENT_FAILED, event.reason(), at);
    }

    @EventHandler
    void on(SettlementOpened event, @Timestamp Instant at) {
        setState(event.marketId().value(), MarketState.SETTLING, null, at);
    }

    @EventHandler
    void on(SettlementRetryRequested event, @Timestamp Instant at) {
        setState(event.marketId().value(), MarketState.SETTLING, null, at);
    }

    @EventHandler
    void on(SettlementFailed event, @Timestamp Instant at) {
        setState(event.marketId().value(), MarketState.SETTLEMENT_FAILED, event.reason(), at);
    }

    @EventHandler
    void on(MarketSettled event, @Timestamp Instant at) {
        setState(event.marketId().value(), MarketState.SETTLED, null, at);
    }

    private void setState(String market, MarketState state, String settlementFailure, Instant at) {
        markets.updateOne(Filters.eq("_id", market), Updates.combine(Updates.set("state", state.name()),
                Updates.set("settlementFailure", settlementFailure), Updates.set("updatedAt", Date.from(at))));
    }

    @ResetHandler
    void reset() {
        markets.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<MarketView> handle(FindMarket query) {
        return Optional.ofNullable(markets.find(Filters.eq("_id", query.marketId().value())).first())
                       .map(MarketProjection::toView);
    }

    @QueryHandler
    public MarketViews handle(FindMarkets query) {
        List<MarketView> found = new ArrayList<>();
        markets.find(Filters.and(Filters.eq("microgridId", query.microgridId().value()),
                       Filters.gte("deliveryStart", Date.from(query.from())), Filters.lt("deliveryStart", Date.from(query.to()))))
               .sort(Sorts.ascending("deliveryStart"))
               .forEach(doc -> found.add(toView(doc)));
        return new MarketViews(found);
    }

    private static List<Document> curve(List<MarketCleared.CurvePoint> points) {
        return points.stream()
                     .map(p -> new Document("pricePerKwh", p.price().microPerKwh()).append("cumulativeWh", p.cumulative().wh()))
                     .toList();
    }

    private static List<MarketCleared.CurvePoint> curve(Document doc, String field) {
        return doc.getList(field, Document.class).stream()
                  .map(p -> new MarketCleared.CurvePoint(Price.perKwh(p.getLong("pricePerKwh")),
                          Energy.ofWh(p.getLong("cumulativeWh"))))
                  .toList();
    }

    private static MarketView toView(Document doc) {
        Long price = doc.getLong("clearingPricePerKwh");
        Long volume = doc.getLong("clearedVolumeWh");
        MarketRules rules = new MarketRules(
                new Tariffs(Price.perKwh(doc.getLong("gridRetailPricePerKwh")), Price.perKwh(doc.getLong("feedInTariffPerKwh"))),
                ClearingMechanism.valueOf(doc.getString("mechanism")), new PriceRule(doc.getLong("priceRuleKPpm")));
        return new MarketView(MarketId.parse(doc.getString("_id")), doc.getDate("deliveryStart").toInstant(),
                doc.getDate("deliveryEnd").toInstant(), doc.getDate("gateClosure").toInstant(),
                MarketState.valueOf(doc.getString("state")), rules,
                price == null ? null : Price.perKwh(price), volume == null ? null : Energy.ofWh(volume),
                curve(doc, "demandCurve"), curve(doc, "supplyCurve"), doc.getString("settlementFailure"),
                doc.getDate("updatedAt").toInstant());
    }
}
