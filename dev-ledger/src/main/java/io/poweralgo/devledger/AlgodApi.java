package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The algod v2 endpoints algosdk's AlgodClient calls, answered from the {@link DevLedger}. Texts
 * of client errors are algod's.
 */
final class AlgodApi {

    /** algod waits up to a minute; a dev ledger makes rounds on demand, and algosdk times out reads at 10 s. */
    private static final Duration WAIT_FOR_BLOCK = Duration.ofSeconds(1);
    /** 32 bytes in base32 without padding. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Z2-7]{52}");

    private final DevLedger ledger;
    private final Clock clock;
    private final List<Route> routes;

    AlgodApi(DevLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        this.routes = List.of(
                Route.publicGet("/health", request -> HttpReply.jsonNull()),
                Route.publicGet("/ready", request -> HttpReply.jsonNull()),
                Route.get("/v2/status", request -> status()),
                Route.get("/v2/status/wait-for-block-after/{round}", this::waitForBlockAfter),
                Route.get("/v2/transactions/params", request -> transactionParams()),
                Route.post("/v2/transactions", this::submit),
                Route.get("/v2/transactions/pending/{txid}", this::pendingTransaction),
                Route.get("/v2/accounts/{address}", this::account),
                Route.get("/v2/accounts/{address}/assets/{asset-id}", this::accountAsset),
                Route.get("/v2/assets/{asset-id}", this::asset),
                Route.get("/v2/blocks/{round}", this::block));
    }

    List<Route> routes() {
        return routes;
    }

    private HttpReply status() {
        return HttpReply.json(AlgodJson.status(ledger.lastRound(), ledger.lastRoundTime(), clock.instant()));
    }

    private HttpReply waitForBlockAfter(AlgodRequest request) throws InterruptedException {
        Optional<Long> round = number(request.path("round"));
        if (round.isEmpty()) {
            return invalidParameter("round", request.path("round"));
        }
        ledger.awaitRoundAfter(round.get(), WAIT_FOR_BLOCK);
        return status();
    }

    private HttpReply transactionParams() {
        return HttpReply.json(AlgodJson.transactionParams(ledger.lastRound(), ledger.genesisId(), ledger.genesisHash()));
    }

    private HttpReply submit(AlgodRequest request) {
        try {
            List<String> txIds = ledger.submit(request.body());
            return HttpReply.json(JsonNodeFactory.instance.objectNode().put("txId", txIds.get(0)));
        } catch (LedgerRejection rejection) {
            return HttpReply.message(400, rejection.getMessage());
        }
    }

    /** algosdk asks format=msgpack; algod's default is JSON. */
    private HttpReply pendingTransaction(AlgodRequest request) {
        String format = request.query("format").orElse("json");
        if (!format.equals("json") && !format.equals("msgpack") && !format.equals("msgp")) {
            return HttpReply.message(400, "failed to parse the format option");
        }
        String txId = request.path("txid");
        if (!TRANSACTION_ID.matcher(txId).matches()) {
            return HttpReply.message(400, "no valid transaction ID was specified");
        }
        Optional<ConfirmedTransaction> confirmed = ledger.find(txId);
        if (confirmed.isEmpty()) {
            return HttpReply.message(404,
                    "could not find the transaction in the transaction pool or in the last 1000 confirmed rounds");
        }
        return format.equals("json")
                ? HttpReply.json(AlgodJson.pendingTransactionJson(confirmed.get()))
                : HttpReply.msgpack(AlgodJson.pendingTransactionMsgpack(confirmed.get()));
    }

    /**
     * algod answers 404 {@code failed to retrieve information from the ledger} both for a round not
     * reached yet and for one a non-archival node no longer keeps; algosdk asks format=msgpack.
     */
    private HttpReply block(AlgodRequest request) {
        Optional<Long> round = number(request.path("round"));
        if (round.isEmpty()) {
            return invalidParameter("round", request.path("round"));
        }
        String format = request.query("format").orElse("json");
        if (!format.equals("json") && !format.equals("msgpack") && !format.equals("msgp")) {
            return HttpReply.message(400, "failed to parse the format option");
        }
        boolean headerOnly = request.query("header-only").map(Boolean::parseBoolean).orElse(false);
        Optional<BlockHistory.Block> block = ledger.block(round.get());
        if (block.isEmpty()) {
            return HttpReply.message(404, "failed to retrieve information from the ledger");
        }
        byte[] msgpack = BlockMsgpack.encode(block.get(), ledger.genesisId(), ledger.genesisHash(), headerOnly);
        return format.equals("json") ? HttpReply.json(MsgpackJson.of(msgpack)) : HttpReply.msgpack(msgpack);
    }

    private HttpReply account(AlgodRequest request) {
        Optional<Address> address = address(request.path("address"));
        if (address.isEmpty()) {
            return HttpReply.message(400, "failed to parse the address");
        }
        if (!request.query("format").orElse("json").equals("json")) {
            return HttpReply.message(400, "failed to parse the format option");
        }
        boolean withAssets = !request.query("exclude").orElse("none").equals("all");
        return HttpReply.json(AlgodJson.account(ledger.account(address.get()), withAssets));
    }

    private HttpReply accountAsset(AlgodRequest request) {
        Optional<Address> address = address(request.path("address"));
        if (address.isEmpty()) {
            return HttpReply.message(400, "failed to parse the address");
        }
        Optional<Long> assetId = number(request.path("asset-id"));
        if (assetId.isEmpty()) {
            return invalidParameter("asset-id", request.path("asset-id"));
        }
        DevLedger.AccountSnapshot snapshot = ledger.account(address.get());
        if (!snapshot.state().holds(assetId.get())) {
            return HttpReply.message(404, "account asset info not found");
        }
        return HttpReply.json(AlgodJson.accountAsset(snapshot, assetId.get()));
    }

    private HttpReply asset(AlgodRequest request) {
        Optional<Long> assetId = number(request.path("asset-id"));
        if (assetId.isEmpty()) {
            return invalidParameter("asset-id", request.path("asset-id"));
        }
        return ledger.asset(assetId.get())
                     .map(asset -> HttpReply.json(AlgodJson.asset(asset)))
                     .orElseGet(() -> HttpReply.message(404, "asset does not exist"));
    }

    /** How algod's router words a path parameter that is not a number. */
    private static HttpReply invalidParameter(String name, String value) {
        return HttpReply.message(400, "Invalid format for parameter " + name + ": " + value);
    }

    private static Optional<Long> number(String text) {
        try {
            long value = Long.parseLong(text);
            return value < 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Address> address(String text) {
        try {
            return Optional.of(new Address(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512/256 is part of every Java 17 runtime", e);
        }
    }
}
