package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.api.trading.TradingPreferencesView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Optional;

/**
 * Read model {@code trading_preferences}: each household's standing preferences for automatic trading, one document
 * per participant, replaced whole by each {@link TradingPreferencesSet} of its one {@code Participant} aggregate. The
 * history of changes is the aggregate's event stream.
 */
@Component
@ProcessingGroup(TradingPreferencesProjection.PROCESSING_GROUP)
public class TradingPreferencesProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "trading-preferences";
    static final String COLLECTION = "trading_preferences";

    private final MongoCollection<Document> preferences;

    public TradingPreferencesProjection(MongoDatabase readModels) {
        this.preferences = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(TradingPreferencesSet event) {
        TradingPreferences set = event.preferences();
        Document document = new Document("_id", event.participantId().value())
                .append("autoTrading", set.autoTrading())
                .append("maxBuyPricePerKwh", set.maxBuyPrice().microPerKwh())
                .append("minSellPricePerKwh", set.minSellPrice() == null ? null : set.minSellPrice().microPerKwh())
                .append("annualConsumptionKwh", set.annualConsumptionKwh())
                .append("pvPeakWatts", set.pvPeakWatts())
                .append("updatedAt", Date.from(event.at()))
                .append("updatedBy", event.changedBy().value());
        preferences.replaceOne(Filters.eq("_id", event.participantId().value()), document,
                new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        preferences.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<TradingPreferencesView> handle(FindTradingPreferences query) {
        return Optional.ofNullable(preferences.find(Filters.eq("_id", query.participantId().value())).first())
                       .map(TradingPreferencesProjection::view);
    }

    private static TradingPreferencesView view(Document doc) {
        Long minSell = doc.getLong("minSellPricePerKwh");
        TradingPreferences preferences = new TradingPreferences(doc.getBoolean("autoTrading"),
                Price.perKwh(doc.getLong("maxBuyPricePerKwh")), minSell == null ? null : Price.perKwh(minSell),
                doc.getLong("annualConsumptionKwh"), doc.getLong("pvPeakWatts"));
        return new TradingPreferencesView(new ParticipantId(doc.getString("_id")), preferences,
                doc.getDate("updatedAt").toInstant(), new ParticipantId(doc.getString("updatedBy")));
    }
}
