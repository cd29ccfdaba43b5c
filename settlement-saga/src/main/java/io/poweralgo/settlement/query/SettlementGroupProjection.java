package io.poweralgo.settlement.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import io.poweralgo.api.readmodel.ReplayableReadModel;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Read model {@code settlement_groups}: one document per atomic group of a market, with its transfers, its signed
 * bytes and what the ledger did with it. Writes are single-document upserts keyed by market and group index.
 */
@Component
@ProcessingGroup(SettlementProjection.PROCESSING_GROUP)
public class SettlementGroupProjection implements ReplayableReadModel {

    static final String COLLECTION = "settlement_groups";

    private final MongoCollection<Document> groups;
    private final ViewDocuments views;

    public SettlementGroupProjection(MongoDatabase readModels, ObjectMapper json) {
        this.groups = readModels.getCollection(COLLECTION);
        this.views = new ViewDocuments(json);
        groups.createIndex(Indexes.ascending("marketId", "index"));
    }

    @EventHandler
    void on(SettlementPrepared event) {
        String market = event.marketId().value();
        // one bulk request: a market of a thousand traders is one write, not a thousand
        List<ReplaceOneModel<Document>> groupDocuments = new ArrayList<>();
        for (SignedGroup group : event.groups()) {
            Document doc = groupDocument(market, group, 1);
            groupDocuments.add(new ReplaceOneModel<>(Filters.eq("_id", doc.getString("_id")), doc,
                    new ReplaceOptions().upsert(true)));
        }
        if (!groupDocuments.isEmpty()) {
            groups.bulkWrite(groupDocuments);
        }
    }

    @EventHandler
    void on(SettlementGroupConfirmed event) {
        groups.updateOne(groupId(event.marketId().value(), event.groupIndex()), Updates.combine(
                Updates.set("status", "CONFIRMED"), Updates.set("confirmedRound", event.confirmedRound())));
    }

    @EventHandler
    void on(SettlementGroupRejected event) {
        groups.updateOne(groupId(event.marketId().value(), event.groupIndex()), Updates.combine(
                Updates.set("status", "REJECTED"), Updates.set("ledgerMessage", event.ledgerMessage())));
    }

    @EventHandler
    void on(SettlementGroupRebuilt event) {
        String market = event.marketId().value();
        SignedGroup group = event.group();
        Document previous = groups.find(groupId(market, group.index())).first();
        int signings = previous == null ? 1 : previous.getInteger("signings", 1) + 1;
        groups.replaceOne(groupId(market, group.index()), groupDocument(market, group, signings),
                new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        groups.deleteMany(new Document());
    }

    /** A group is written PENDING; only the ledger's answer confirms or rejects it. */
    private Document groupDocument(String market, SignedGroup group, int signings) {
        List<Document> transfers = new ArrayList<>();
        for (int leg = 0; leg < group.transfers().size(); leg++) {
            Transfer transfer = group.transfers().get(leg);
            transfers.add(views.toDocument(new SettlementAuditView.TransferView(group.index(), transfer.participant().value(),
                    transfer.direction().name(), transfer.amountMicro(), group.txIds().get(leg))));
        }
        return new Document("_id", market + "|" + group.index())
                .append("marketId", market)
                .append("index", group.index())
                .append("status", "PENDING")
                .append("transfers", transfers)
                .append("txIds", group.txIds())
                .append("signedTransactions", group.signedTransactions())
                .append("firstValid", group.firstValid())
                .append("lastValid", group.lastValid())
                .append("confirmedRound", null)
                .append("ledgerMessage", null)
                .append("signings", signings);
    }

    static Bson groupId(String market, int index) {
        return Filters.eq("_id", market + "|" + index);
    }
}
