package io.poweralgo.settlement.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.poweralgo.settlement.query.ViewDocuments.number;

/**
 * Read model {@code settlements}: one document per market with its state, its inputs and its computed lines.
 * Every write is an idempotent single-document upsert or a recomputation from the event, so a replay gives the
 * same documents. The regulator's audit joins it with the market's {@code settlement_groups}.
 */
@Component
@ProcessingGroup(SettlementProjection.PROCESSING_GROUP)
public class SettlementProjection implements ReplayableReadModel {

    /** The settlement's three read models share one processor, so their tokens and their replay are one. */
    public static final String PROCESSING_GROUP = "settlements";
    static final String COLLECTION = "settlements";

    private final MongoCollection<Document> settlements;
    private final MongoCollection<Document> groups;
    private final ViewDocuments views;
    private final Timer latency;
    private final Clock clock;

    public SettlementProjection(MongoDatabase readModels, ObjectMapper json, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.latency = Timer.builder("poweralgo.settlement.latency")
                            .description("From a market's delivery end until it is settled on the ledger")
                            .publishPercentileHistogram()
                            .register(metrics);
        this.settlements = readModels.getCollection(COLLECTION);
        this.groups = readModels.getCollection(SettlementGroupProjection.COLLECTION);
        this.views = new ViewDocuments(json);
    }

    @EventHandler
    void on(SettlementOpened event, @Timestamp Instant at) {
        Map<String, SettlementParty> parties = event.parties().stream()
                                                    .collect(Collectors.toMap(p -> p.participant().value(), p -> p));
        List<SettlementAuditView.Position> positions = event.positions().stream().map(position -> {
            SettlementParty party = parties.get(position.participant().value());
            return new SettlementAuditView.Position(position.participant().value(), position.side().name(),
                    position.cleared().wh(), party == null ? null : party.address().value(),
                    party == null ? List.of() : party.meters().stream().map(m -> m.value()).toList());
        }).toList();
        SettlementAuditView.Clearing clearing = new SettlementAuditView.Clearing(event.clearingPrice().microPerKwh(),
                event.tariffs().gridRetailPrice().microPerKwh(), event.tariffs().feedInTariff().microPerKwh(), positions);
        Document settlement = new Document("_id", event.marketId().value())
                .append("marketId", event.marketId().value())
                .append("state", "SETTLING")
                .append("deliveryStart", event.marketId().deliveryStart().toString())
                .append("deliveryEnd", event.deliveryEnd().toString())
                .append("clearing", views.toDocument(clearing))
                .append("intervals", List.of())
                .append("lines", List.of())
                .append("settleBy", event.settleBy().toString())
                .append("updatedAt", Date.from(at));
        settlements.replaceOne(Filters.eq("_id", event.marketId().value()), settlement, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(SettlementPrepared event, @Timestamp Instant at) {
        List<Document> intervals = event.metered().stream().map(this::interval).toList();
        List<Document> lines = event.lines().stream().map(this::line).toList();
        settlements.updateOne(Filters.eq("_id", event.marketId().value()), Updates.combine(Updates.set("intervals", intervals),
                Updates.set("lines", lines), Updates.set("matchedWh", event.matchedWh()),
                Updates.set("poolMicro", event.poolMicro()), Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(SettlementFailed event, @Timestamp Instant at) {
        setState(event.marketId().value(), "SETTLEMENT_FAILED", event.reason(), null, at);
    }

    @EventHandler
    void on(SettlementRetryRequested event, @Timestamp Instant at) {
        setState(event.marketId().value(), "SETTLING", null, null, at);
    }

    @EventHandler
    void on(MarketSettled event, @Timestamp Instant at, ReplayStatus replay) {
        setState(event.marketId().value(), "SETTLED", null, at, at);
        if (!replay.isReplay()) {
            // measured on the platform clock, the one delivery periods are defined on
            Document settlement = settlements.find(Filters.eq("_id", event.marketId().value())).first();
            if (settlement != null && settlement.getString("deliveryEnd") != null) {
                latency.record(Duration.between(Instant.parse(settlement.getString("deliveryEnd")), clock.instant()));
            }
        }
    }

    @ResetHandler
    void reset() {
        settlements.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<SettlementAuditView> handle(FindSettlement query) {
        Document settlement = settlements.find(Filters.eq("_id", query.marketId().value())).first();
        if (settlement == null) {
            return Optional.empty();
        }
        List<SettlementAuditView.GroupView> groupViews = new ArrayList<>();
        List<SettlementAuditView.TransferView> transfers = new ArrayList<>();
        groups.find(Filters.eq("marketId", query.marketId().value())).sort(Sorts.ascending("index")).forEach(doc -> {
            groupViews.add(new SettlementAuditView.GroupView(doc.getInteger("index"), doc.getString("status"),
                    doc.getList("txIds", String.class), doc.getList("signedTransactions", String.class),
                    number(doc, "firstValid"), number(doc, "lastValid"),
                    doc.get("confirmedRound") == null ? null : number(doc, "confirmedRound"),
                    doc.getString("ledgerMessage"), doc.getInteger("signings", 1)));
            doc.getList("transfers", Document.class).forEach(t -> transfers.add(
                    views.fromDocument(t, SettlementAuditView.TransferView.class)));
        });
        SettlementAuditView.Clearing clearing = views.fromDocument(settlement.get("clearing", Document.class),
                SettlementAuditView.Clearing.class);
        List<SettlementAuditView.Interval> intervals = settlement.getList("intervals", Document.class).stream()
                .map(d -> views.fromDocument(d, SettlementAuditView.Interval.class)).toList();
        List<SettlementAuditView.Line> lines = settlement.getList("lines", Document.class).stream()
                .map(d -> views.fromDocument(d, SettlementAuditView.Line.class)).toList();
        String settledAt = settlement.getString("settledAt");
        return Optional.of(new SettlementAuditView(settlement.getString("marketId"), settlement.getString("state"),
                settlement.getString("failureReason"), settledAt == null ? null : Instant.parse(settledAt),
                Instant.parse(settlement.getString("deliveryStart")),
                Instant.parse(settlement.getString("deliveryEnd")), new SettlementAuditView.Inputs(clearing, intervals),
                settlement.get("matchedWh") == null ? 0 : number(settlement, "matchedWh"),
                settlement.get("poolMicro") == null ? 0 : number(settlement, "poolMicro"), lines, transfers, groupViews));
    }

    private void setState(String market, String state, String reason, Instant settledAt, Instant at) {
        settlements.updateOne(Filters.eq("_id", market), Updates.combine(Updates.set("state", state),
                Updates.set("failureReason", reason), Updates.set("settledAt", settledAt == null ? null : settledAt.toString()),
                Updates.set("updatedAt", Date.from(at))));
    }

    private Document interval(MeteredEnergy energy) {
        return views.toDocument(new SettlementAuditView.Interval(energy.participant().value(), energy.meterId().value(),
                energy.hourStart(), energy.importWh(), energy.exportWh(), energy.quality().name(), energy.missing()));
    }

    private Document line(SettlementLine line) {
        return views.toDocument(new SettlementAuditView.Line(line.participant().value(), line.side().name(), line.clearedWh(),
                line.meteredWh(), line.entitledWh(), line.matchedWh(), line.p2pMicro(), line.imbalanceMicro(),
                line.gridWh(), line.gridMicro(), line.netMicro(), line.estimated()));
    }
}
