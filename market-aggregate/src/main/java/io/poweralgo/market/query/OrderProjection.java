package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.FindOrderBook;
import io.poweralgo.api.market.FindOrdersOfMarket;
import io.poweralgo.api.market.FindOrdersOfParticipant;
import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderAmended;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Read model {@code orders}: one document per order with its status, its source (MANUAL or AUTOMATIC)
 * and, after clearing, the energy it cleared. The order book is aggregated from it by price level at query time.
 */
@Component
@ProcessingGroup(OrderProjection.PROCESSING_GROUP)
public class OrderProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "orders";

    private final MongoCollection<Document> orders;

    public OrderProjection(MongoDatabase readModels) {
        this.orders = readModels.getCollection("orders");
        orders.createIndex(Indexes.ascending("marketId", "status"));
        orders.createIndex(Indexes.ascending("participantId", "placedAt"));
    }

    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant at) {
        Document order = new Document("_id", event.orderId().value())
                .append("marketId", event.marketId().value())
                .append("participantId", event.trader().value())
                .append("side", event.side().name())
                .append("quantityWh", event.quantity().wh())
                .append("limitPricePerKwh", event.limit().microPerKwh())
                .append("clientOrderId", event.clientOrderId())
                .append("source", event.source().name())
                .append("sequence", event.sequence())
                .append("status", OrderStatus.OPEN.name())
                .append("clearedWh", 0L)
                .append("placedAt", Date.from(at))
                .append("updatedAt", Date.from(at));
        orders.replaceOne(Filters.eq("_id", event.orderId().value()), order, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(OrderAmended event, @Timestamp Instant at) {
        orders.updateOne(Filters.eq("_id", event.orderId().value()), Updates.combine(
                Updates.set("quantityWh", event.quantity().wh()), Updates.set("limitPricePerKwh", event.limit().microPerKwh()),
                Updates.set("sequence", event.sequence()), Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(OrderCancelled event, @Timestamp Instant at) {
        orders.updateOne(Filters.eq("_id", event.orderId().value()), Updates.combine(
                Updates.set("status", OrderStatus.CANCELLED.name()), Updates.set("updatedAt", Date.from(at))));
    }

    /** Open orders that are not listed as filled cleared nothing. */
    @EventHandler
    void on(MarketCleared event, @Timestamp Instant at) {
        for (MarketCleared.OrderFill fill : event.fills()) {
            Document order = orders.find(Filters.eq("_id", fill.orderId().value())).first();
            boolean whole = order != null && order.getLong("quantityWh") == fill.cleared().wh();
            orders.updateOne(Filters.eq("_id", fill.orderId().value()), Updates.combine(
                    Updates.set("status", (whole ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED).name()),
                    Updates.set("clearedWh", fill.cleared().wh()), Updates.set("updatedAt", Date.from(at))));
        }
        orders.updateMany(Filters.and(Filters.eq("marketId", event.marketId().value()),
                        Filters.eq("status", OrderStatus.OPEN.name())),
                Updates.combine(Updates.set("status", OrderStatus.UNFILLED.name()), Updates.set("updatedAt", Date.from(at))));
    }

    /** A market that could not be cleared traded nothing. */
    @EventHandler
    void on(MarketClearingFailed event, @Timestamp Instant at) {
        orders.updateMany(Filters.and(Filters.eq("marketId", event.marketId().value()),
                        Filters.eq("status", OrderStatus.OPEN.name())),
                Updates.combine(Updates.set("status", OrderStatus.UNFILLED.name()), Updates.set("updatedAt", Date.from(at))));
    }

    @ResetHandler
    void reset() {
        orders.deleteMany(new Document());
    }

    @QueryHandler
    public OrderViews handle(FindOrdersOfParticipant query) {
        List<OrderView> found = new ArrayList<>();
        orders.find(Filters.eq("participantId", query.participantId().value()))
              .sort(Sorts.descending("placedAt"))
              .limit(1_000)
              .forEach(doc -> found.add(toView(doc)));
        return new OrderViews(found);
    }

    @QueryHandler
    public OrderViews handle(FindOrdersOfMarket query) {
        List<OrderView> found = new ArrayList<>();
        orders.find(Filters.eq("marketId", query.marketId().value()))
              .sort(Sorts.ascending("placedAt"))
              .forEach(doc -> found.add(toView(doc)));
        return new OrderViews(found);
    }

    /** One query for all the markets: the participant's index narrows it to their orders. */
    @QueryHandler
    public OrderViews handle(FindOrdersOfParticipantInMarkets query) {
        List<OrderView> found = new ArrayList<>();
        if (query.marketIds().isEmpty()) {
            return new OrderViews(found);
        }
        orders.find(Filters.and(Filters.eq("participantId", query.participantId().value()),
                      Filters.in("marketId", query.marketIds().stream().map(MarketId::value).toList())))
              .sort(Sorts.ascending("placedAt"))
              .forEach(doc -> found.add(toView(doc)));
        return new OrderViews(found);
    }

    @QueryHandler
    public OrderBookView handle(FindOrderBook query) {
        List<OrderBookView.PriceLevel> bids = new ArrayList<>();
        List<OrderBookView.PriceLevel> offers = new ArrayList<>();
        orders.aggregate(List.of(
                      Aggregates.match(Filters.and(Filters.eq("marketId", query.marketId().value()),
                              Filters.ne("status", OrderStatus.CANCELLED.name()))),
                      Aggregates.group(new Document("side", "$side").append("price", "$limitPricePerKwh"),
                              Accumulators.sum("quantityWh", "$quantityWh"), Accumulators.sum("orders", 1))))
              .forEach(level -> {
                  Document key = level.get("_id", Document.class);
                  var priceLevel = new OrderBookView.PriceLevel(Price.perKwh(key.getLong("price")),
                          Energy.ofWh(((Number) level.get("quantityWh")).longValue()),
                          ((Number) level.get("orders")).intValue());
                  (Side.valueOf(key.getString("side")) == Side.BUY ? bids : offers).add(priceLevel);
              });
        Comparator<OrderBookView.PriceLevel> byPrice = Comparator.comparingLong(l -> l.price().microPerKwh());
        bids.sort(byPrice.reversed());
        offers.sort(byPrice);
        return new OrderBookView(query.marketId(), bids, offers);
    }

    private static OrderView toView(Document doc) {
        return new OrderView(new OrderId(doc.getString("_id")), MarketId.parse(doc.getString("marketId")),
                new ParticipantId(doc.getString("participantId")), Side.valueOf(doc.getString("side")),
                Energy.ofWh(doc.getLong("quantityWh")), Price.perKwh(doc.getLong("limitPricePerKwh")),
                doc.getString("clientOrderId"), OrderStatus.valueOf(doc.getString("status")),
                Energy.ofWh(doc.getLong("clearedWh")), doc.getDate("placedAt").toInstant(),
                doc.getDate("updatedAt").toInstant(), source(doc));
    }

    /** Documents written before orders had a source have none: every order was then placed by hand. */
    private static OrderSource source(Document doc) {
        String source = doc.getString("source");
        return source == null ? OrderSource.MANUAL : OrderSource.valueOf(source);
    }
}
