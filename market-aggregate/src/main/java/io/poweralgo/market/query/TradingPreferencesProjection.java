package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.trading.FindAutoTraders;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.api.trading.TradingPreferencesViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Read model {@code trading_preferences}: each household's standing preferences for automatic trading, one document
 * per participant, whose preferences each {@link TradingPreferencesSet} of its one {@code Participant} aggregate
 * replaces whole. The document also keeps the participant's microgrid from its registration, so that the trading
 * agent finds a microgrid's households with automatic trading on in one query. The history of changes is the
 * aggregate's event stream.
 */
@Component
@ProcessingGroup(TradingPreferencesProjection.PROCESSING_GROUP)
public class TradingPreferencesProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "trading-preferences";
    static final String COLLECTION = "trading_preferences";
    private static final String AUTO_TRADING = "autoTrading";

    private final MongoCollection<Document> preferences;

    public TradingPreferencesProjection(MongoDatabase readModels) {
        this.preferences = readModels.getCollection(COLLECTION);
        preferences.createIndex(Indexes.ascending("microgridId", AUTO_TRADING));
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        preferences.updateOne(Filters.eq("_id", event.participantId().value()),
                Updates.set("microgridId", event.microgridId().value()), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(TradingPreferencesSet event) {
        TradingPreferences set = event.preferences();
        preferences.updateOne(Filters.eq("_id", event.participantId().value()), Updates.combine(
                Updates.set(AUTO_TRADING, set.autoTrading()),
                Updates.set("maxBuyPricePerKwh", set.maxBuyPrice().microPerKwh()),
                Updates.set("minSellPricePerKwh", set.minSellPrice() == null ? null : set.minSellPrice().microPerKwh()),
                Updates.set("annualConsumptionKwh", set.annualConsumptionKwh()),
                Updates.set("pvPeakWatts", set.pvPeakWatts()),
                Updates.set("updatedAt", Date.from(event.at())),
                Updates.set("updatedBy", event.changedBy().value())), new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        preferences.deleteMany(new Document());
    }

    /** A registered participant has a document from the start, but preferences only once it set them. */
    @QueryHandler
    public Optional<TradingPreferencesView> handle(FindTradingPreferences query) {
        return Optional.ofNullable(preferences.find(Filters.and(Filters.eq("_id", query.participantId().value()),
                               Filters.exists(AUTO_TRADING))).first())
                       .map(TradingPreferencesProjection::view);
    }

    @QueryHandler
    public TradingPreferencesViews handle(FindAutoTraders query) {
        List<TradingPreferencesView> found = new ArrayList<>();
        preferences.find(Filters.and(Filters.eq("microgridId", query.microgridId().value()), Filters.eq(AUTO_TRADING, true)))
                   .sort(Sorts.ascending("_id"))
                   .forEach(doc -> found.add(view(doc)));
        return new TradingPreferencesViews(found);
    }

    private static TradingPreferencesView view(Document doc) {
        Long minSell = doc.getLong("minSellPricePerKwh");
        TradingPreferences preferences = new TradingPreferences(doc.getBoolean(AUTO_TRADING),
                Price.perKwh(doc.getLong("maxBuyPricePerKwh")), minSell == null ? null : Price.perKwh(minSell),
                doc.getLong("annualConsumptionKwh"), doc.getLong("pvPeakWatts"));
        return new TradingPreferencesView(new ParticipantId(doc.getString("_id")), preferences,
                doc.getDate("updatedAt").toInstant(), new ParticipantId(doc.getString("updatedBy")));
    }
}
