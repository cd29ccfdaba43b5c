package io.poweralgo.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Read models of settlement: {@code settlements} (one document per market: state, inputs,
 * computed lines), {@code settlement_groups} (one per atomic group, with its signed bytes) and
 * {@code settlement_statements} (one per participant and market). Every write is an idempotent
 * single-document upsert or a recomputation from the event, so a replay gives the same documents.
 */
@Component
@ProcessingGroup(SettlementProjection.PROCESSING_GROUP)
public class SettlementProjection {

    public static final String PROCESSING_GROUP = "settlements";

    private final MongoCollection<Document> settlements;
    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> statements;
    private final ObjectMapper json;
    private final Timer latency;
    private final Clock clock;

    public SettlementProjection(MongoDatabase readModels, ObjectMapper json, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.latency = Timer.builder("poweralgo.settlement.latency")
                            .description("From a market's delivery end until it is settled on the ledger")
                            .publishPercentileHistogram()
                            .register(metrics);
        this.settlements = readModels.getCollection("settlements");
        this.groups = readModels.getCollection("settlement_groups");
        this.statements = readModels.getCollection("settlement_statements");
        this.json = json;
        groups.createIndex(Indexes.ascending("marketId", "index"));
        statements.createIndex(Indexes.ascending("participantId", "deliveryStartAt"));
        statements.createIndex(Indexes.ascending("marketId"));
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
                .append("clearing", toDocument(clearing))
                .append("intervals", List.of())
                .append("lines", List.of())
                .append("settleBy", event.settleBy().toString())
                .append("updatedAt", Date.from(at));
        settlements.replaceOne(Filters.eq("_id", event.marketId().value()), settlement, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(SettlementPrepared event, @Timestamp Instant at) {
        String market = event.marketId().value();
        List<Document> intervals = event.metered().stream().map(this::interval).toList();
        List<Document> lines = event.lines().stream().map(this::line).toList();
        settlements.updateOne(Filters.eq("_id", market), Updates.combine(Updates.set("intervals", intervals),
                Updates.set("lines", lines), Updates.set("matchedWh", event.matchedWh()),
                Updates.set("poolMicro", event.poolMicro()), Updates.set("updatedAt", Date.from(at))));
        // one bulk request per collection: a market of a thousand traders is one write, not a thousand
        List<ReplaceOneModel<Document>> groupDocuments = new ArrayList<>();
        for (SignedGroup group : event.groups()) {
            Document doc = groupDocument(market, group, "PENDING", null, null, 1);
            groupDocuments.add(new ReplaceOneModel<>(Filters.eq("_id", doc.getString("_id")), doc,
                    new ReplaceOptions().upsert(true)));
        }
        Document settlement = settlements.find(Filters.eq("_id", market)).first();
        Map<String, List<StatementView.Payment>> payments = paymentsByParticipant(event.groups());
        SettlementAuditView.Clearing clearing = fromDocument(settlement.get("clearing", Document.class),
                SettlementAuditView.Clearing.class);
        List<ReplaceOneModel<Document>> statementDocuments = new ArrayList<>();
        for (SettlementLine line : event.lines()) {
            StatementView statement = statement(settlement, clearing, line,
                    payments.getOrDefault(line.participant().value(), List.of()));
            Document doc = toDocument(statement).append("_id", line.participant().value() + "|" + market)
                                                .append("deliveryStartAt", Date.from(event.marketId().deliveryStart()));
            statementDocuments.add(new ReplaceOneModel<>(Filters.eq("_id", doc.getString("_id")), doc,
                    new ReplaceOptions().upsert(true)));
        }
        if (!groupDocuments.isEmpty()) {
            groups.bulkWrite(groupDocuments);
        }
        if (!statementDocuments.isEmpty()) {
            statements.bulkWrite(statementDocuments);
        }
    }

    @EventHandler
    void on(SettlementGroupConfirmed event) {
        String market = event.marketId().value();
        groups.updateOne(groupId(market, event.groupIndex()), Updates.combine(Updates.set("status", "CONFIRMED"),
                Updates.set("confirmedRound", event.confirmedRound())));
        updatePayments(market, event.groupIndex(), (participant, payment) -> new StatementView.Payment(payment.groupIndex(),
                payment.txId(), payment.direction(), payment.amountMicro(), "CONFIRMED", event.confirmedRound()));
    }

    @EventHandler
    void on(SettlementGroupRejected event) {
        String market = event.marketId().value();
        groups.updateOne(groupId(market, event.groupIndex()), Updates.combine(Updates.set("status", "REJECTED"),
                Updates.set("ledgerMessage", event.ledgerMessage())));
        updatePayments(market, event.groupIndex(), (participant, payment) -> new StatementView.Payment(payment.groupIndex(),
                payment.txId(), payment.direction(), payment.amountMicro(), "REJECTED", null));
    }

    @EventHandler
    void on(SettlementGroupRebuilt event) {
        String market = event.marketId().value();
        SignedGroup group = event.group();
        Document previous = groups.find(groupId(market, group.index())).first();
        int signings = previous == null ? 1 : previous.getInteger("signings", 1) + 1;
        Document doc = groupDocument(market, group, "PENDING", null, null, signings);
        groups.replaceOne(groupId(market, group.index()), doc, new ReplaceOptions().upsert(true));
        updatePayments(market, group.index(), (participant, payment) -> new StatementView.Payment(payment.groupIndex(),
                txIdOf(group, participant, payment.txId()), payment.direction(), payment.amountMicro(), "PENDING", null));
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
        groups.deleteMany(new Document());
        statements.deleteMany(new Document());
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
                    fromDocument(t, SettlementAuditView.TransferView.class)));
        });
        SettlementAuditView.Clearing clearing = fromDocument(settlement.get("clearing", Document.class),
                SettlementAuditView.Clearing.class);
        List<SettlementAuditView.Interval> intervals = settlement.getList("intervals", Document.class).stream()
                .map(d -> fromDocument(d, SettlementAuditView.Interval.class)).toList();
        List<SettlementAuditView.Line> lines = settlement.getList("lines", Document.class).stream()
                .map(d -> fromDocument(d, SettlementAuditView.Line.class)).toList();
        String settledAt = settlement.getString("settledAt");
        return Optional.of(new SettlementAuditView(settlement.getString("marketId"), settlement.getString("state"),
                settlement.getString("failureReason"), settledAt == null ? null : Instant.parse(settledAt),
                Instant.parse(settlement.getString("deliveryStart")),
                Instant.parse(settlement.getString("deliveryEnd")), new SettlementAuditView.Inputs(clearing, intervals),
                settlement.get("matchedWh") == null ? 0 : number(settlement, "matchedWh"),
                settlement.get("poolMicro") == null ? 0 : number(settlement, "poolMicro"), lines, transfers, groupViews));
    }

    @QueryHandler
    public StatementViews handle(FindStatements query) {
        List<StatementView> found = new ArrayList<>();
        statements.find(Filters.and(Filters.eq("participantId", query.participantId().value()),
                          Filters.gte("deliveryStartAt", Date.from(query.from())),
                          Filters.lt("deliveryStartAt", Date.from(query.to()))))
                  .sort(Sorts.ascending("deliveryStartAt"))
                  .forEach(doc -> found.add(fromDocument(doc, StatementView.class)));
        return new StatementViews(found);
    }

    private static Map<String, List<StatementView.Payment>> paymentsByParticipant(List<SignedGroup> signedGroups) {
        Map<String, List<StatementView.Payment>> payments = new HashMap<>();
        for (SignedGroup group : signedGroups) {
            for (int leg = 0; leg < group.transfers().size(); leg++) {
                Transfer transfer = group.transfers().get(leg);
                payments.computeIfAbsent(transfer.participant().value(), p -> new ArrayList<>())
                        .add(new StatementView.Payment(group.index(), group.txIds().get(leg), transfer.direction().name(),
                                transfer.amountMicro(), "PENDING", null));
            }
        }
        return payments;
    }

    private static StatementView statement(Document settlement, SettlementAuditView.Clearing clearing, SettlementLine line,
                                           List<StatementView.Payment> payments) {
        boolean buyer = line.side().name().equals("BUY");
        return new StatementView(line.participant().value(), settlement.getString("marketId"),
                Instant.parse(settlement.getString("deliveryStart")), Instant.parse(settlement.getString("deliveryEnd")),
                settlement.getString("state"), line.side().name(), line.clearedWh(), line.meteredWh(), line.matchedWh(),
                clearing.clearingPricePerKwh(), line.p2pMicro(), buyer ? line.gridWh() : 0, buyer ? 0 : line.gridWh(),
                clearing.gridRetailPricePerKwh(), clearing.feedInTariffPerKwh(), line.gridMicro(), line.imbalanceMicro(),
                line.netMicro(), line.estimated(), payments);
    }

    private void updatePayments(String market, int groupIndex,
                                BiFunction<String, StatementView.Payment, StatementView.Payment> change) {
        Document group = groups.find(groupId(market, groupIndex)).first();
        if (group == null) {
            return;
        }
        for (Document transfer : group.getList("transfers", Document.class)) {
            String participant = transfer.getString("participantId");
            String id = participant + "|" + market;
            Document doc = statements.find(Filters.eq("_id", id)).first();
            if (doc == null) {
                continue;
            }
            StatementView statement = fromDocument(doc, StatementView.class);
            List<StatementView.Payment> payments = statement.transfers().stream()
                    .map(p -> p.groupIndex() == groupIndex ? change.apply(participant, p) : p).toList();
            statements.updateOne(Filters.eq("_id", id), Updates.set("transfers",
                    payments.stream().map(this::toDocument).toList()));
        }
    }

    private void setState(String market, String state, String reason, Instant settledAt, Instant at) {
        settlements.updateOne(Filters.eq("_id", market), Updates.combine(Updates.set("state", state),
                Updates.set("failureReason", reason), Updates.set("settledAt", settledAt == null ? null : settledAt.toString()),
                Updates.set("updatedAt", Date.from(at))));
        statements.updateMany(Filters.eq("marketId", market), Updates.set("settlementState", state));
    }

    private Document groupDocument(String market, SignedGroup group, String status, Long confirmedRound,
                                   String ledgerMessage, int signings) {
        List<Document> transfers = new ArrayList<>();
        for (int leg = 0; leg < group.transfers().size(); leg++) {
            Transfer transfer = group.transfers().get(leg);
            transfers.add(toDocument(new SettlementAuditView.TransferView(group.index(), transfer.participant().value(),
                    transfer.direction().name(), transfer.amountMicro(), group.txIds().get(leg))));
        }
        return new Document("_id", market + "|" + group.index())
                .append("marketId", market)
                .append("index", group.index())
                .append("status", status)
                .append("transfers", transfers)
                .append("txIds", group.txIds())
                .append("signedTransactions", group.signedTransactions())
                .append("firstValid", group.firstValid())
                .append("lastValid", group.lastValid())
                .append("confirmedRound", confirmedRound)
                .append("ledgerMessage", ledgerMessage)
                .append("signings", signings);
    }

    /** A participant appears once in a group (the planner splits it only across groups). */
    private static String txIdOf(SignedGroup group, String participant, String otherwise) {
        for (int leg = 0; leg < group.transfers().size(); leg++) {
            if (group.transfers().get(leg).participant().value().equals(participant)) {
                return group.txIds().get(leg);
            }
        }
        return otherwise;
    }

    private static Bson groupId(String market, int index) {
        return Filters.eq("_id", market + "|" + index);
    }

    private Document interval(MeteredEnergy energy) {
        return toDocument(new SettlementAuditView.Interval(energy.participant().value(), energy.meterId().value(),
                energy.hourStart(), energy.importWh(), energy.exportWh(), energy.quality().name(), energy.missing()));
    }

    private Document line(SettlementLine line) {
        return toDocument(new SettlementAuditView.Line(line.participant().value(), line.side().name(), line.clearedWh(),
                line.meteredWh(), line.entitledWh(), line.matchedWh(), line.p2pMicro(), line.imbalanceMicro(),
                line.gridWh(), line.gridMicro(), line.netMicro(), line.estimated()));
    }

    private static long number(Document doc, String field) {
        return ((Number) doc.get(field)).longValue();
    }

    private Document toDocument(Object view) {
        try {
            return Document.parse(json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T fromDocument(Document doc, Class<T> type) {
        Document copy = new Document(doc);
        copy.remove("_id");
        copy.remove("deliveryStartAt");
        return json.convertValue(copy, type);
    }
}
