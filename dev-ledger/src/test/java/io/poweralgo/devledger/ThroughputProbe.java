package io.poweralgo.devledger;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.PostTransactionsResponse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast the ledger takes a settlement-sized load over HTTP: stablecoin transfers from a pool to
 * participants in groups of 16 whose fee the pool pays, signed up front, then submitted one group
 * after another through algosdk. Not a test (timings depend on the machine); call it from a
 * benchmark or a scratch test.
 */
public final class ThroughputProbe {

    private static final int GROUP_SIZE = 16;
    private static final int PARTICIPANTS = 64;
    private static final long STABLECOIN = 1_001;

    private ThroughputProbe() {
    }

    /** @param submitting wall time of the submissions alone, signatures made beforehand */
    public record Result(int transactions, int groups, Duration submitting) {

        public double transactionsPerSecond() {
            return transactions / (submitting.toNanos() / 1e9);
        }
    }

    public static Result submitSettlementLoad(Path journalDir, int transactions) throws Exception {
        Account pool = new Account();
        List<Account> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(new Account());
        }
        try (DevLedgerServer server = DevLedgerServer.start(
                new DevLedgerSettings(journalDir, "127.0.0.1", 0, "probe", genesis(pool, participants)))) {
            List<byte[]> groups = signedGroups(pool, participants, transactions, server.ledger().genesisHash());
            AlgodClient algod = new AlgodClient("http://127.0.0.1", server.port(), "probe");
            long start = System.nanoTime();
            for (byte[] group : groups) {
                Response<PostTransactionsResponse> response = algod.RawTransaction().rawtxn(group).execute();
                if (!response.isSuccessful()) {
                    throw new IllegalStateException("probe group refused: " + response.message());
                }
            }
            return new Result(transactions, groups.size(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Genesis genesis(Account pool, List<Account> participants) {
        List<Genesis.Allocation> accounts = new ArrayList<>();
        accounts.add(new Genesis.Allocation(pool.getAddress(), 1_000_000_000_000L));
        List<Address> optedIn = new ArrayList<>();
        for (Account participant : participants) {
            accounts.add(new Genesis.Allocation(participant.getAddress(), 200_000));
            optedIn.add(participant.getAddress());
        }
        return new Genesis("poweralgo-probe-v1", accounts, List.of(new Genesis.AssetDefinition(STABLECOIN,
                pool.getAddress(), Long.MAX_VALUE, 6, "pUSD", "probe dollar", optedIn)));
    }

    private static List<byte[]> signedGroups(Account pool, List<Account> participants, int transactions,
                                             byte[] genesisHash) throws Exception {
        List<byte[]> groups = new ArrayList<>();
        for (int first = 0; first < transactions; first += GROUP_SIZE) {
            int size = Math.min(GROUP_SIZE, transactions - first);
            Transaction[] members = new Transaction[size];
            for (int i = 0; i < size; i++) {
                int index = first + i;
                members[i] = Transaction.AssetTransferTransactionBuilder()
                                        .sender(pool.getAddress())
                                        .assetReceiver(participants.get(index % PARTICIPANTS).getAddress())
                                        .assetIndex(STABLECOIN)
                                        .assetAmount(1 + index)
                                        .flatFee(i == 0 ? 1_000L * size : 0L)
                                        .firstValid(0L)
                                        .lastValid(1_000L)
                                        .genesisID("poweralgo-probe-v1")
                                        .genesisHash(genesisHash)
                                        .note(("probe " + index).getBytes(StandardCharsets.UTF_8))
                                        .build();
            }
            TxGroup.assignGroupID(members);
            ByteArrayOutputStream group = new ByteArrayOutputStream();
            for (Transaction member : members) {
                group.write(Encoder.encodeToMsgPack(pool.signTransaction(member)));
            }
            groups.add(group.toByteArray());
        }
        return groups;
    }
}
