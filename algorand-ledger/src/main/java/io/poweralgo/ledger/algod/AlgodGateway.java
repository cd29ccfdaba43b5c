package io.poweralgo.ledger.algod;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.AccountAssetResponse;
import com.algorand.algosdk.v2.client.model.Asset;
import com.algorand.algosdk.v2.client.model.BlockResponse;
import com.algorand.algosdk.v2.client.model.NodeStatusResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.PostTransactionsResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.ledger.LedgerUnavailableException;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * The algod calls the platform makes, through algosdk's {@code AlgodClient} (so a real node and
 * the dev ledger are spoken to alike). Connection errors, timeouts and 5xx answers become
 * {@link LedgerUnavailableException}; a 4xx answer is the ledger's verdict and comes back as text.
 */
public final class AlgodGateway implements BlockSource {

    /** Algod accepts at most this many rounds between first and last valid. */
    public static final long MAX_VALIDITY_ROUNDS = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlgodClient client;
    private final ErrorCounter errors;

    /** Told of every failed ledger call by kind: {@code unreachable}, {@code server_error}, {@code refused}, {@code rejected}. */
    @FunctionalInterface
    public interface ErrorCounter {
        ErrorCounter NONE = kind -> {
        };

        void count(String kind);
    }

    public AlgodGateway(AlgodClient client) {
        this(client, ErrorCounter.NONE);
    }

    public AlgodGateway(AlgodClient client, ErrorCounter errors) {
        this.client = client;
        this.errors = errors;
    }

    /** algod at {@code url} (e.g. {@code http://localhost:4001}, or behind a proxy path); the default port of its scheme when it names none. */
    public static AlgodGateway connect(String url, String token, ErrorCounter errors) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        String base = uri.getScheme() + "://" + uri.getHost() + (uri.getPath() == null ? "" : uri.getPath().replaceAll("/$", ""));
        return new AlgodGateway(new AlgodClient(base, port, token), errors);
    }

    public static AlgodGateway connect(String url, String token) {
        return connect(url, token, ErrorCounter.NONE);
    }

    /** What the ledger answered to a submission: accepted, or refused with algod's message. */
    public record Submission(boolean accepted, String message) {

        public boolean alreadyInLedger() {
            return !accepted && message.contains("already in ledger");
        }
    }

    public TransactionParametersResponse params() {
        return body(call("transaction parameters", () -> client.TransactionParams().execute()), "transaction parameters");
    }

    public long lastRound() {
        NodeStatusResponse status = body(call("status", () -> client.GetStatus().execute()), "status");
        return status.lastRound;
    }

    public void waitForBlockAfter(long round) {
        call("wait for block", () -> client.WaitForBlock(round).execute());
    }

    public Submission submit(byte[] signedTransactions) {
        Response<PostTransactionsResponse> response =
                call("submission", () -> client.RawTransaction().rawtxn(signedTransactions).execute());
        if (response.isSuccessful()) {
            return new Submission(true, "");
        }
        errors.count("rejected");
        return new Submission(false, messageOf(response));
    }

    /** The transaction as the ledger knows it (pending or confirmed), or empty if it does not. */
    public Optional<PendingTransactionResponse> transaction(String txId) {
        Response<PendingTransactionResponse> response =
                call("transaction " + txId, () -> client.PendingTransactionInformation(txId).execute());
        if (response.code() == 404) {
            return Optional.empty();
        }
        return Optional.of(body(response, "transaction " + txId));
    }

    /**
     * The block of a round ({@code GET /v2/blocks/{round}}, msgpack); empty when algod answers 404, as
     * it does for a round it has not reached and for one a non-archival node no longer keeps.
     */
    @Override
    public Optional<LedgerBlock> block(long round) {
        Response<BlockResponse> response = call("block " + round, () -> client.GetBlock(round).execute());
        if (response.code() == 404) {
            return Optional.empty();
        }
        BlockResponse block = body(response, "block " + round);
        if (block == null || block.block == null) {
            throw new LedgerBlock.UnreadableBlockException("block of round " + round + " came back empty", null);
        }
        return Optional.of(LedgerBlock.fromAlgod(round, block.block));
    }

    /** The account as algod shows it: Algo balance, holdings and the assets it created. */
    public Account account(Address account) {
        return body(call("account", () -> client.AccountInformation(account).execute()), "account");
    }

    /** Whether the asset exists (and was not destroyed). */
    public boolean assetExists(long assetId) {
        Response<Asset> response = call("asset " + assetId, () -> client.GetAssetByID(assetId).execute());
        if (response.code() == 404) {
            return false;
        }
        return !Boolean.TRUE.equals(body(response, "asset " + assetId).deleted);
    }

    /** The account's holding of the asset, or empty if it has not opted in. */
    public OptionalLong assetHolding(Address account, long assetId) {
        return accountAsset(account, assetId)
                .map(asset -> OptionalLong.of(asset.assetHolding.amount.longValueExact()))
                .orElseGet(OptionalLong::empty);
    }

    /** An amount held and the round the ledger answered at. */
    public record HoldingAtRound(long amount, long round) {
    }

    /**
     * The account's holding of the asset with the round algod read it at; an account that has not opted in
     * holds 0, at the ledger's last round since algod's refusal names none.
     */
    public HoldingAtRound assetHoldingAtRound(Address account, long assetId) {
        return accountAsset(account, assetId)
                .map(asset -> new HoldingAtRound(asset.assetHolding.amount.longValueExact(), asset.round))
                .orElseGet(() -> new HoldingAtRound(0, lastRound()));
    }

    private Optional<AccountAssetResponse> accountAsset(Address account, long assetId) {
        Response<AccountAssetResponse> response = call("asset holding",
                () -> client.AccountAssetInformation(account, assetId).execute());
        if (response.code() == 404) {
            return Optional.empty();
        }
        return Optional.of(body(response, "asset holding"));
    }

    private <T> Response<T> call(String what, Callable<Response<T>> request) {
        Response<T> response;
        try {
            response = request.call();
        } catch (Exception e) {
            errors.count("unreachable");
            throw new LedgerUnavailableException("algod unreachable (" + what + "): " + e.getMessage(), e);
        }
        if (response.code() >= 500) {
            errors.count("server_error");
            throw new LedgerUnavailableException("algod answered " + response.code() + " (" + what + "): "
                    + messageOf(response));
        }
        return response;
    }

    private <T> T body(Response<T> response, String what) {
        if (!response.isSuccessful()) {
            errors.count("refused");
            throw new LedgerUnavailableException("algod refused " + what + " with " + response.code() + ": "
                    + messageOf(response));
        }
        return response.body();
    }

    private static String messageOf(Response<?> response) {
        String raw = response.message();
        if (raw == null) {
            return "HTTP " + response.code();
        }
        try {
            JsonNode message = JSON.readTree(raw).get("message");
            return message == null ? raw : message.asText();
        } catch (Exception notJson) {
            return raw;
        }
    }
}
