package io.poweralgo.devledger;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.builder.transaction.TransactionBuilder;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.PostTransactionsResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dev ledger on a free port with a small genesis, an algosdk client for it, and helpers that
 * build, sign and submit transactions the way the platform does.
 *
 * <ul>
 *     <li>pool: 10 Algo, creator of the stablecoin (all of its supply)</li>
 *     <li>alice, bob: 1 Algo, opted in to the stablecoin with nothing</li>
 *     <li>carol: 1 Algo, not opted in</li>
 * </ul>
 */
final class TestNetwork implements AutoCloseable {

    static final String TOKEN = "a".repeat(64);
    static final String GENESIS_ID = "poweralgo-test-v1";
    static final long STABLECOIN = 1_001;
    static final long STABLECOIN_SUPPLY = 1_000_000_000_000L;
    static final long MIN_FEE = 1_000;

    final Account pool = newAccount();
    final Account alice = newAccount();
    final Account bob = newAccount();
    final Account carol = newAccount();
    private final Path journal;
    private final long retainedRounds;
    private DevLedgerServer server;
    private AlgodClient algod;

    private TestNetwork(Path journal, long retainedRounds) {
        this.journal = journal;
        this.retainedRounds = retainedRounds;
    }

    static TestNetwork start(Path journal) {
        return start(journal, 0);
    }

    /** A ledger serving only the blocks of its latest {@code retainedRounds} rounds, as a non-archival node. */
    static TestNetwork start(Path journal, long retainedRounds) {
        TestNetwork network = new TestNetwork(journal, retainedRounds);
        network.startServer(network.genesis());
        return network;
    }

    Genesis genesis() {
        return new Genesis(GENESIS_ID,
                List.of(new Genesis.Allocation(pool.getAddress(), 10_000_000),
                        new Genesis.Allocation(alice.getAddress(), 1_000_000),
                        new Genesis.Allocation(bob.getAddress(), 1_000_000),
                        new Genesis.Allocation(carol.getAddress(), 1_000_000)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, pool.getAddress(), STABLECOIN_SUPPLY, 6, "pUSD",
                        "PowerAlgo test dollar", List.of(alice.getAddress(), bob.getAddress()))));
    }

    DevLedgerSettings settings(Genesis genesis) {
        return new DevLedgerSettings(journal, "127.0.0.1", 0, TOKEN, genesis).retainingRounds(retainedRounds);
    }

    /** Stops the server and starts a new one on the same journal, as after a crash or a deployment. */
    void restart() {
        server.close();
        startServer(genesis());
    }

    private void startServer(Genesis genesis) {
        server = DevLedgerServer.start(settings(genesis));
        algod = new AlgodClient("http://127.0.0.1", server.port(), TOKEN);
    }

    DevLedgerServer server() {
        return server;
    }

    DevLedger ledger() {
        return server.ledger();
    }

    AlgodClient algod() {
        return algod;
    }

    Path journal() {
        return journal;
    }

    TransactionParametersResponse params() throws Exception {
        Response<TransactionParametersResponse> params = algod.TransactionParams().execute();
        assertThat(params.isSuccessful()).as(params.message()).isTrue();
        return params.body();
    }

    /** A payment valid from the last round for 1000 rounds, paying the minimum fee, as apps build them. */
    Transaction payment(Account from, Account to, long microAlgos) throws Exception {
        return validFromTheLastRound(Transaction.PaymentTransactionBuilder()
                                                .sender(from.getAddress())
                                                .receiver(to.getAddress())
                                                .amount(microAlgos));
    }

    Transaction stablecoinTransfer(Account from, Account to, long amount) throws Exception {
        return validFromTheLastRound(Transaction.AssetTransferTransactionBuilder()
                                                .sender(from.getAddress())
                                                .assetReceiver(to.getAddress())
                                                .assetIndex(STABLECOIN)
                                                .assetAmount(amount));
    }

    /** Built with the minimum fee and a validity window of 1000 rounds from the last round, as apps set them. */
    Transaction validFromTheLastRound(TransactionBuilder<?> builder) throws Exception {
        TransactionParametersResponse params = params();
        builder.flatFee(MIN_FEE)
               .firstValid(params.lastRound)
               .lastValid(params.lastRound + 1_000)
               .genesisID(params.genesisId)
               .genesisHash(params.genesisHash);
        return builder.build();
    }

    /**
     * The pool sends alice 1,000 of the stablecoin and pays {@code groupFee} for the whole group;
     * alice passes {@code aliceSends} on to {@code receiver} and pays no fee of her own: fee pooling
     * as the platform's settlement groups use it. Signed as one group.
     */
    PooledFees pooledFees(long groupFee, Account receiver, long aliceSends) throws Exception {
        Transaction poolPays = stablecoinTransfer(pool, alice, 1_000);
        poolPays.fee = big(groupFee);
        Transaction aliceRides = stablecoinTransfer(alice, receiver, aliceSends);
        aliceRides.fee = BigInteger.ZERO;
        return new PooledFees(poolPays, aliceRides, signedGroup(List.of(pool, alice), List.of(poolPays, aliceRides)));
    }

    record PooledFees(Transaction poolPays, Transaction aliceRides, byte[] signedGroup) {
    }

    static byte[] signed(Account signer, Transaction transaction) throws Exception {
        return Encoder.encodeToMsgPack(signer.signTransaction(transaction));
    }

    /** Assigns the group id and concatenates the members, each signed by its signer, in order. */
    static byte[] signedGroup(List<Account> signers, List<Transaction> transactions) throws Exception {
        TxGroup.assignGroupID(transactions.toArray(Transaction[]::new));
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        for (int i = 0; i < transactions.size(); i++) {
            group.write(signed(signers.get(i), transactions.get(i)));
        }
        return group.toByteArray();
    }

    Response<PostTransactionsResponse> submit(byte[] signedTransactions) throws Exception {
        return algod.RawTransaction().rawtxn(signedTransactions).execute();
    }

    /** Submits and expects algod's 400; returns its message. */
    String rejection(byte[] signedTransactions) throws Exception {
        Response<PostTransactionsResponse> response = submit(signedTransactions);
        assertThat(response.code()).as("HTTP status of a refused submission").isEqualTo(400);
        return new ObjectMapper().readTree(response.message()).get("message").asText();
    }

    /** Submits and expects acceptance; returns the first transaction's id. */
    String accepted(byte[] signedTransactions) throws Exception {
        Response<PostTransactionsResponse> response = submit(signedTransactions);
        assertThat(response.isSuccessful()).as(response.message()).isTrue();
        return response.body().txId;
    }

    static Digest zeroGroup() {
        return new Digest();
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    static Account newAccount() {
        try {
            return new Account();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
