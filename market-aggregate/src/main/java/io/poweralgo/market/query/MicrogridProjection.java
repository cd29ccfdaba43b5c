package io.poweralgo.market.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Read model {@code microgrids}: each microgrid's current market parameters, as the admins set
 * them. A microgrid first seen through its clearing rules, lead, largest order or site has no tariffs yet; one without a
 * site of its own has none here (the platform's default applies).
 */
@Component
@ProcessingGroup(MicrogridProjection.PROCESSING_GROUP)
public class MicrogridProjection implements ReplayableReadModel {

    public static final String PROCESSING_GROUP = "microgrids";

    private final MongoCollection<Document> microgrids;

    public MicrogridProjection(MongoDatabase readModels) {
        this.microgrids = readModels.getCollection("microgrids");
    }

    @EventHandler
    void on(TariffsSet event, @Timestamp Instant at) {
        change(event.microgridId(), event.setBy(), at, withDefaultRules(
                Updates.set("gridRetailPricePerKwh", event.tariffs().gridRetailPrice().microPerKwh()),
                Updates.set("feedInTariffPerKwh", event.tariffs().feedInTariff().microPerKwh())));
    }

    @EventHandler
    void on(ClearingRulesSet event, @Timestamp Instant at) {
        change(event.microgridId(), event.setBy(), at, List.of(Updates.set("mechanism", event.mechanism().name()),
                Updates.set("priceRuleKPpm", event.priceRule().kPpm())));
    }

    @EventHandler
    void on(GateClosureLeadSet event, @Timestamp Instant at) {
        change(event.microgridId(), event.setBy(), at,
                withDefaultRules(Updates.set("gateClosureLeadMinutes", event.lead().minutes())));
    }

    @EventHandler
    void on(OrderQuantityLimitSet event, @Timestamp Instant at) {
        change(event.microgridId(), event.setBy(), at,
                withDefaultRules(Updates.set("maxOrderWh", event.limit().maxWh())));
    }

    @EventHandler
    void on(MicrogridSiteSet event, @Timestamp Instant at) {
        MicrogridSite site = event.site();
        change(event.microgridId(), event.setBy(), at, withDefaultRules(Updates.set("site",
                new Document("latitude", site.latitudeDeg()).append("longitude", site.longitudeDeg())
                                                           .append("timeZone", site.zone().getId()))));
    }

    @ResetHandler
    void reset() {
        microgrids.deleteMany(new Document());
    }

    @QueryHandler
    public MicrogridViews handle(FindMicrogrids query) {
        List<MicrogridView> found = new ArrayList<>();
        microgrids.find().sort(Sorts.ascending("_id")).forEach(doc -> found.add(new MicrogridView(
                doc.getString("_id"), number(doc.get("gridRetailPricePerKwh")), number(doc.get("feedInTariffPerKwh")),
                ClearingMechanism.valueOf(doc.getString("mechanism")), number(doc.get("priceRuleKPpm")),
                number(doc.get("gateClosureLeadMinutes")), number(doc.get("maxOrderWh")),
                doc.getDate("updatedAt").toInstant(), doc.getString("updatedBy"),
                site(doc.get("site", Document.class)))));
        return new MicrogridViews(found);
    }

    /** A microgrid's clearing rules are the aggregate's defaults until an admin sets them. */
    private static List<Bson> withDefaultRules(Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.setOnInsert("mechanism", ClearingMechanism.PAY_AS_CLEAR.name()));
        all.add(Updates.setOnInsert("priceRuleKPpm", PriceRule.MIDPOINT.kPpm()));
        return all;
    }

    private void change(MicrogridId microgrid, AdminId admin, Instant at, List<Bson> updates) {
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.set("updatedAt", Date.from(at)));
        all.add(Updates.set("updatedBy", admin.value()));
        microgrids.updateOne(Filters.eq("_id", microgrid.value()), Updates.combine(all), new UpdateOptions().upsert(true));
    }

    private static MicrogridSite site(Document site) {
        return site == null ? null : new MicrogridSite(site.getDouble("latitude"), site.getDouble("longitude"),
                ZoneId.of(site.getString("timeZone")));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
