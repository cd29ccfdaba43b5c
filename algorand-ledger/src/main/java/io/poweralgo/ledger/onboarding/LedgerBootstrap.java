package io.poweralgo.ledger.onboarding;

import com.algorand.algosdk.builder.transaction.TransactionBuilder;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.kmd.client.ApiException;
import com.algorand.algosdk.kmd.client.api.KmdApi;
import com.algorand.algosdk.kmd.client.model.APIV1Wallet;
import com.algorand.algosdk.kmd.client.model.ExportKeyRequest;
import com.algorand.algosdk.kmd.client.model.InitWalletHandleTokenRequest;
import com.algorand.algosdk.kmd.client.model.ListKeysRequest;
import com.algorand.algosdk.kmd.client.model.ReleaseWalletHandleTokenRequest;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.Asset;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prepares an Algorand network for the platform, as an operator does once per network (and the
 * compose stack on every start): the treasury and the pool get Algo for fees and minimum balances
 * from the network's funded account (the default wallet of kmd, as an algod in dev mode or
 * AlgoKit LocalNet has it), the treasury creates the stablecoin, and the pool opts in to it.
 * Each step looks at the ledger first and does nothing that is already done, so running it twice
 * changes nothing the second time.
 */
public final class LedgerBootstrap {

    private static final Logger log = LoggerFactory.getLogger(LedgerBootstrap.class);
    private static final String DEFAULT_WALLET = "unencrypted-default-wallet";
    private static final long VALIDITY_ROUNDS = 1_000;

    /**
     * What the network should hold: Algo for the treasury (onboarding pays 0.2 Algo per account) and
     * the pool (fees), topped up again below 90 %, and the stablecoin's supply (micro-units),
     * decimals and names.
     */
    public record Plan(long treasuryMicroAlgos, long poolMicroAlgos, long supplyMicro, int decimals, String unitName,
                       String assetName) {

        public static final Plan DEFAULT = new Plan(1_000_000_000L, 100_000_000L, 1_000_000_000_000_000L, 6, "pUSD",
                "PowerAlgo USD");
    }

    /** What the run found and did; {@code actions} is empty when everything was already in place. */
    public record Result(long stablecoinId, String dispenser, List<String> actions) {
    }

    private final AlgodGateway algod;
    private final KmdApi kmd;
    private final SigningKey treasury;
    private final SigningKey pool;
    private final Plan plan;
    private final Duration confirmTimeout;
    private final Clock clock;

    public LedgerBootstrap(AlgodGateway algod, KmdApi kmd, SigningKey treasury, SigningKey pool, Plan plan,
                           Duration confirmTimeout, Clock clock) {
        this.algod = algod;
        this.kmd = kmd;
        this.treasury = treasury;
        this.pool = pool;
        this.plan = plan;
        this.confirmTimeout = confirmTimeout;
        this.clock = clock;
    }

    /**
     * @param configuredAssetId the stablecoin the operator configured, or 0 to find the treasury's
     *                          (by unit name) or create it
     * @throws LedgerUnavailableException if algod or kmd cannot be reached or refuse a step; what was
     *                                    done stays done, and running again continues from there
     */
    public Result run(long configuredAssetId) {
        List<String> actions = new ArrayList<>();
        SigningKey dispenser = dispenser();
        fund(dispenser, treasury, plan.treasuryMicroAlgos(), "treasury", actions);
        fund(dispenser, pool, plan.poolMicroAlgos(), "pool", actions);
        long stablecoin = stablecoin(configuredAssetId, actions);
        if (algod.assetHolding(pool.address(), stablecoin).isEmpty()) {
            confirm(send(pool, Transaction.AssetAcceptTransactionBuilder().acceptingAccount(pool.address())
                                          .assetIndex(BigInteger.valueOf(stablecoin))));
            actions.add("pool opted in to asset " + stablecoin);
        }
        actions.forEach(action -> log.info("ledger bootstrap: {}", action));
        log.info("ledger bootstrap done stablecoin={} treasury={} pool={} changes={}", stablecoin, treasury.address(),
                pool.address(), actions.size());
        return new Result(stablecoin, dispenser.address().toString(), List.copyOf(actions));
    }

    /** Tops the account up to its target once it has spent a tenth of it, so fees alone do not make a run act. */
    private void fund(SigningKey dispenser, SigningKey account, long target, String name, List<String> actions) {
        long balance = algod.account(account.address()).amount;
        if (balance >= target - target / 10) {
            return;
        }
        confirm(send(dispenser, Transaction.PaymentTransactionBuilder().sender(dispenser.address())
                                           .receiver(account.address()).amount(target - balance)));
        actions.add(name + " funded with " + (target - balance) + " µAlgo");
    }

    private long stablecoin(long configuredAssetId, List<String> actions) {
        if (configuredAssetId > 0) {
            if (!algod.assetExists(configuredAssetId)) {
                throw new LedgerUnavailableException("the configured stablecoin asset " + configuredAssetId
                        + " does not exist on this network; leave it unset to create one");
            }
            return configuredAssetId;
        }
        Optional<Long> existing = createdByTreasury();
        if (existing.isPresent()) {
            return existing.get();
        }
        PendingTransactionResponse created = confirm(send(treasury, Transaction.AssetCreateTransactionBuilder()
                .sender(treasury.address()).assetTotal(BigInteger.valueOf(plan.supplyMicro()))
                .assetDecimals(plan.decimals()).assetUnitName(plan.unitName()).assetName(plan.assetName())
                .manager(treasury.address()).reserve(treasury.address()).defaultFrozen(false)));
        actions.add("stablecoin " + plan.unitName() + " created as asset " + created.assetIndex + " (supply "
                + plan.supplyMicro() + " micro-units with the treasury)");
        return created.assetIndex;
    }

    private Optional<Long> createdByTreasury() {
        Account account = algod.account(treasury.address());
        if (account.createdAssets == null) {
            return Optional.empty();
        }
        return account.createdAssets.stream()
                                    .filter(asset -> !Boolean.TRUE.equals(asset.deleted))
                                    .filter(asset -> asset.params != null && plan.unitName().equals(asset.params.unitName))
                                    .map((Asset asset) -> asset.index)
                                    .min(Comparator.naturalOrder());
    }

    /** The richest account of kmd's default wallet: the network's dispenser. */
    private SigningKey dispenser() {
        String handle = null;
        try {
            APIV1Wallet wallet = kmd.listWallets().getWallets().stream()
                                    .filter(w -> DEFAULT_WALLET.equals(w.getName()))
                                    .findFirst()
                                    .orElseThrow(() -> new LedgerUnavailableException("kmd has no " + DEFAULT_WALLET));
            handle = kmd.initWalletHandleToken(new InitWalletHandleTokenRequest().walletId(wallet.getId())
                                                                                 .walletPassword(""))
                        .getWalletHandleToken();
            String token = handle;
            String richest = kmd.listKeysInWallet(new ListKeysRequest().walletHandleToken(token)).getAddresses().stream()
                                .max(Comparator.comparingLong(address -> algod.account(address(address)).amount))
                                .orElseThrow(() -> new LedgerUnavailableException("kmd's default wallet holds no key"));
            byte[] privateKey = kmd.exportKey(new ExportKeyRequest().walletHandleToken(token).address(richest)
                                                                    .walletPassword("")).getPrivateKey();
            return SigningKey.fromSeed(Arrays.copyOf(privateKey, 32));
        } catch (ApiException e) {
            throw new LedgerUnavailableException("kmd refused (" + e.getCode() + "): " + e.getResponseBody(), e);
        } finally {
            release(handle);
        }
    }

    private void release(String handle) {
        if (handle == null) {
            return;
        }
        try {
            kmd.releaseWalletHandleToken(new ReleaseWalletHandleTokenRequest().walletHandleToken(handle));
        } catch (ApiException e) {
            log.warn("kmd wallet handle not released reason=\"{}\"", e.getMessage());
        }
    }

    private String send(SigningKey signer, TransactionBuilder<?> builder) {
        TransactionParametersResponse params = algod.params();
        Transaction transaction = builder.flatFee(params.minFee).firstValid(params.lastRound)
                                         .lastValid(params.lastRound + VALIDITY_ROUNDS).genesisID(params.genesisId)
                                         .genesisHash(params.genesisHash).build();
        SignedTransaction signed = signer.sign(transaction);
        try {
            AlgodGateway.Submission submission = algod.submit(Encoder.encodeToMsgPack(signed));
            if (!submission.accepted()) {
                throw new LedgerUnavailableException("algod refused the bootstrap transaction: " + submission.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a bootstrap transaction", e);
        }
        return signed.transactionID;
    }

    private PendingTransactionResponse confirm(String txId) {
        Instant deadline = clock.instant().plus(confirmTimeout);
        while (true) {
            Optional<PendingTransactionResponse> pending = algod.transaction(txId);
            if (pending.isPresent() && pending.get().confirmedRound != null && pending.get().confirmedRound > 0) {
                return pending.get();
            }
            if (pending.isPresent() && pending.get().poolError != null && !pending.get().poolError.isEmpty()) {
                throw new LedgerUnavailableException("transaction " + txId + " was dropped: " + pending.get().poolError);
            }
            if (clock.instant().isAfter(deadline)) {
                throw new LedgerUnavailableException("transaction " + txId + " not confirmed within " + confirmTimeout);
            }
            algod.waitForBlockAfter(algod.lastRound());
        }
    }

    private static Address address(String address) {
        try {
            return new Address(address);
        } catch (Exception e) {
            throw new LedgerUnavailableException("kmd listed an invalid address " + address, e);
        }
    }
}
