package io.poweralgo.settlement.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Read model {@code settlement_statements}: one document per participant and market, with the participant's line
 * and its transfers. It shares the settlement's processing group, so the market's {@code settlements} and
 * {@code settlement_groups} documents it reads are those of the events before the one it handles.
 */
@Component
@ProcessingGroup(SettlementProjection.PROCESSING_GROUP)
public class StatementProjection implements ReplayableReadModel {

    static final String COLLECTION = "settlement_statements";

    private final MongoCollection<Document> statements;
    private final MongoCollection<Document> settlements;
    private final MongoCollection<Document> groups;
    private final ViewDocuments views;

    public StatementProjection(MongoDatabase readModels, ObjectMapper json) {
        this.statements = readModels.getCollection(COLLECTION);
        this.settlements = readModels.getCollection(SettlementProjection.COLLECTION);
        this.groups = readModels.getCollection(SettlementGroupProjection.COLLECTION);
        this.views = new ViewDocuments(json);
        statements.createIndex(Indexes.ascending("participantId", "deliveryStartAt"));
        statements.createIndex(Indexes.ascending("marketId"));
    }

    @EventHandler
    void on(SettlementPrepared event) {
        String market = event.marketId().value();
        Document settlement = settlements.find(Filters.eq("_id", market)).first();
        Map<String, List<StatementView.Payment>> payments = paymentsByParticipant(event.groups());
        SettlementAuditView.Clearing clearing = views.fromDocument(settlement.get("clearing", Document.class),
                SettlementAuditView.Clearing.class);
        // one bulk request: a market of a thousand traders is one write, not a thousand
        List<ReplaceOneModel<Document>> statementDocuments = new ArrayList<>();
        for (SettlementLine line : event.lines()) {
            StatementView statement = statement(settlement, clearing, line,
                    payments.getOrDefault(line.participant().value(), List.of()));
            Document doc = views.toDocument(statement).append("_id", line.participant().value() + "|" + market)
                                .append("deliveryStartAt", Date.from(event.marketId().deliveryStart()));
            statementDocuments.add(new ReplaceOneModel<>(Filters.eq("_id", doc.getString("_id")), doc,
                    new ReplaceOptions().upsert(true)));
        }
        if (!statementDocuments.isEmpty()) {
            statements.bulkWrite(statementDocuments);
        }
    }

    @EventHandler
    void on(SettlementGroupConfirmed event) {
        Document group = groups.find(SettlementGroupProjection.groupId(event.marketId().value(), event.groupIndex())).first();
        if (group != null) {
            updatePayments(event.marketId().value(), event.groupIndex(), participantsOf(group),
                    (participant, payment) -> new StatementView.Payment(payment.groupIndex(), payment.txId(),
                            payment.direction(), payment.amountMicro(), "CONFIRMED", event.confirmedRound()));
        }
    }

    @EventHandler
    void on(SettlementGroupRejected event) {
        Document group = groups.find(SettlementGroupProjection.groupId(event.marketId().value(), event.groupIndex())).first();
        if (group != null) {
            updatePayments(event.marketId().value(), event.groupIndex(), participantsOf(group),
                    (participant, payment) -> new StatementView.Payment(payment.groupIndex(), payment.txId(),
                            payment.direction(), payment.amountMicro(), "REJECTED", null));
        }
    }

    @EventHandler
    void on(SettlementGroupRebuilt event) {
        SignedGroup group = event.group();
        List<String> participants = group.transfers().stream().map(t -> t.participant().value()).toList();
        updatePayments(event.marketId().value(), group.index(), participants,
                (participant, payment) -> new StatementView.Payment(payment.groupIndex(),
                        txIdOf(group, participant, payment.txId()), payment.direction(), payment.amountMicro(), "PENDING", null));
    }

    @EventHandler
    void on(SettlementFailed event) {
        setState(event.marketId().value(), "SETTLEMENT_FAILED");
    }

    @EventHandler
    void on(SettlementRetryRequested event) {
        setState(event.marketId().value(), "SETTLING");
    }

    @EventHandler
    void on(MarketSettled event) {
        setState(event.marketId().value(), "SETTLED");
    }

    @ResetHandler
    void reset() {
        statements.deleteMany(new Document());
    }

    @QueryHandler
    public StatementViews handle(FindStatements query) {
        List<StatementView> found = new ArrayList<>();
        statements.find(Filters.and(Filters.eq("participantId", query.participantId().value()),
                          Filters.gte("deliveryStartAt", Date.from(query.from())),
                          Filters.lt("deliveryStartAt", Date.from(query.to()))))
                  .sort(Sorts.ascending("deliveryStartAt"))
                  .forEach(doc -> found.add(views.fromDocument(doc, StatementView.class)));
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

    private static List<String> participantsOf(Document group) {
        return group.getList("transfers", Document.class).stream().map(t -> t.getString("participantId")).toList();
    }

    private void updatePayments(String market, int groupIndex, List<String> participants,
                                BiFunction<String, StatementView.Payment, StatementView.Payment> change) {
        for (String participant : participants) {
            String id = participant + "|" + market;
            Document doc = statements.find(Filters.eq("_id", id)).first();
            if (doc == null) {
                continue;
            }
            StatementView statement = views.fromDocument(doc, StatementView.class);
            List<StatementView.Payment> payments = statement.transfers().stream()
                    .map(p -> p.groupIndex() == groupIndex ? change.apply(participant, p) : p).toList();
            statements.updateOne(Filters.eq("_id", id), Updates.set("transfers",
                    payments.stream().map(views::toDocument).toList()));
        }
    }

    private void setState(String market, String state) {
        statements.updateMany(Filters.eq("marketId", market), Updates.set("settlementState", state));
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
}
