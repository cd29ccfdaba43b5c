package io.poweralgo.devledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * algod's response bodies, field names as in its OpenAPI spec, so that algosdk's models
 * (NodeStatusResponse, TransactionParametersResponse, Account, AccountAssetResponse, Asset,
 * PendingTransactionResponse) read them.
 */
final class AlgodJson {

    /** The consensus protocol current in algod 4.x (ConsensusV41); dev mode runs the current protocol. */
    static final String CONSENSUS_VERSION =
            "https://github.com/algorandfoundation/specs/tree/953304de35264fc3ef91bcd05c123242015eeaed";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AlgodJson() {
    }

    static ObjectNode status(long lastRound, Instant lastRoundTime, Instant now) {
        long sinceLastRound = Math.max(0, Duration.between(lastRoundTime, now).toNanos());
        return NODES.objectNode()
                .put("catchup-time", 0)
                .put("last-round", lastRound)
                .put("last-version", CONSENSUS_VERSION)
                .put("next-version", CONSENSUS_VERSION)
                .put("next-version-round", lastRound + 1)
                .put("next-version-supported", true)
                .put("stopped-at-unsupported-round", false)
                .put("time-since-last-round", sinceLastRound);
    }

    /** Fee 0 per byte and a 1000 µAlgo minimum, as on MainNet when it is not congested. */
    static ObjectNode transactionParams(long lastRound, String genesisId, byte[] genesisHash) {
        return NODES.objectNode()
                .put("consensus-version", CONSENSUS_VERSION)
                .put("fee", 0)
                .put("genesis-hash", Base64.getEncoder().encodeToString(genesisHash))
                .put("genesis-id", genesisId)
                .put("last-round", lastRound)
                .put("min-fee", WellFormedGroup.MIN_FEE);
    }

    /** @param withAssets false for algod's exclude=all, which leaves out the asset lists */
    static ObjectNode account(DevLedger.AccountSnapshot snapshot, boolean withAssets) {
        AccountState state = snapshot.state();
        ObjectNode account = NODES.objectNode()
                .put("address", snapshot.address().toString())
                .put("amount", state.microAlgos())
                .put("amount-without-pending-rewards", state.microAlgos())
                .put("min-balance", state.minBalance())
                .put("pending-rewards", 0)
                .put("reward-base", 0)
                .put("rewards", 0)
                .put("round", snapshot.round())
                .put("status", "Offline")
                .put("total-apps-opted-in", 0)
                .put("total-assets-opted-in", state.holdings().size())
                .put("total-box-bytes", 0)
                .put("total-boxes", 0)
                .put("total-created-apps", 0)
                .put("total-created-assets", snapshot.createdAssets().size());
        account.putObject("apps-total-schema").put("num-byte-slice", 0).put("num-uint", 0);
        if (withAssets) {
            ArrayNode holdings = account.putArray("assets");
            for (Map.Entry<Long, Long> holding : state.holdings().entrySet()) {
                holdings.add(assetHolding(holding.getKey(), holding.getValue()));
            }
            ArrayNode created = account.putArray("created-assets");
            snapshot.createdAssets().forEach(asset -> created.add(asset(asset)));
        }
        return account;
    }

    static ObjectNode accountAsset(DevLedger.AccountSnapshot snapshot, long assetId) {
        ObjectNode response = NODES.objectNode();
        response.set("asset-holding", assetHolding(assetId, snapshot.state().holdings().get(assetId)));
        snapshot.createdAssets().stream()
                .filter(asset -> asset.assetId() == assetId)
                .findFirst()
                .ifPresent(asset -> response.set("created-asset", assetParams(asset)));
        return response.put("round", snapshot.round());
    }

    static ObjectNode asset(Genesis.AssetDefinition asset) {
        ObjectNode node = NODES.objectNode().put("index", asset.assetId());
        node.set("params", assetParams(asset));
        return node;
    }

    /** algod's PendingTransactionResponse for a confirmed transaction, in msgpack with the signed transaction inline. */
    static byte[] pendingTransactionMsgpack(ConfirmedTransaction confirmed) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            packer.packMapHeader(confirmed.createdAssetId() == null ? 3 : 4);
            if (confirmed.createdAssetId() != null) {
                packer.packString("asset-index").packLong(confirmed.createdAssetId());
            }
            packer.packString("confirmed-round").packLong(confirmed.confirmedRound())
                  .packString("pool-error").packString("")
                  .packString("txn").addPayload(confirmed.signedTransaction());
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing into memory cannot fail", e);
        }
    }

    static ObjectNode pendingTransactionJson(ConfirmedTransaction confirmed) {
        ObjectNode response = NODES.objectNode();
        if (confirmed.createdAssetId() != null) {
            response.put("asset-index", confirmed.createdAssetId());
        }
        response.put("confirmed-round", confirmed.confirmedRound())
                .put("pool-error", "");
        response.set("txn", MsgpackJson.of(confirmed.signedTransaction()));
        return response;
    }

    private static ObjectNode assetHolding(long assetId, long amount) {
        return NODES.objectNode()
                .put("amount", amount)
                .put("asset-id", assetId)
                .put("is-frozen", false);
    }

    private static ObjectNode assetParams(Genesis.AssetDefinition asset) {
        Base64.Encoder base64 = Base64.getEncoder();
        return NODES.objectNode()
                .put("creator", asset.creator().toString())
                .put("decimals", asset.decimals())
                .put("default-frozen", false)
                .put("name", asset.name())
                .put("name-b64", base64.encodeToString(asset.name().getBytes(StandardCharsets.UTF_8)))
                .put("total", asset.total())
                .put("unit-name", asset.unitName())
                .put("unit-name-b64", base64.encodeToString(asset.unitName().getBytes(StandardCharsets.UTF_8)));
    }
}
