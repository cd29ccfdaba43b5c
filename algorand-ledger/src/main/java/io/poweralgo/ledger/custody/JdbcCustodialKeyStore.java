package io.poweralgo.ledger.custody;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each participant's Ed25519 seed sealed with the {@link MasterKey} in the platform's
 * relational database. Writes join the caller's transaction, so an approval that fails leaves no
 * orphaned key behind.
 */
public class JdbcCustodialKeyStore implements CustodialKeyStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcCustodialKeyStore.class);

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;

    public JdbcCustodialKeyStore(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    @Override
    public AlgorandAddress openAccount(ParticipantId participant) {
        Optional<AlgorandAddress> existing = addressOf(participant);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = newAccount();
        AlgorandAddress address = new AlgorandAddress(account.getAddress().toString());
        byte[] seed = seedOf(account);
        try {
            MasterKey.Sealed sealed = masterKey.seal(seed, associatedData(participant, address));
            jdbc.update("INSERT INTO custodial_account (participant_id, address, key_id, iv, sealed_seed, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    participant.value(), address.value(), masterKey.id(), sealed.iv(), sealed.ciphertext(),
                    Timestamp.from(clock.instant()));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        log.info("custodial account opened participant={} address={} masterKeyId={}", participant, address,
                masterKey.id());
        return address;
    }

    @Override
    public Optional<AlgorandAddress> addressOf(ParticipantId participant) {
        return jdbc.queryForList("SELECT address FROM custodial_account WHERE participant_id = ?", String.class,
                        participant.value())
                   .stream().findFirst().map(AlgorandAddress::new);
    }

    @Override
    public SignedTransaction sign(ParticipantId participant, Transaction transaction) {
        StoredKey stored = load(participant);
        if (!stored.keyId().equals(masterKey.id())) {
            throw new CustodyException("key of participant " + participant + " is sealed under master key '"
                    + stored.keyId() + "' but the configured master key is '" + masterKey.id() + "'");
        }
        byte[] seed = masterKey.open(stored.sealed(), associatedData(participant, stored.address()));
        try {
            SigningKey key = SigningKey.fromSeed(seed);
            if (!key.address().toString().equals(stored.address().value())) {
                throw new CustodyException("stored key of participant " + participant + " does not match its address");
            }
            if (!transaction.sender.equals(key.address())) {
                throw new CustodyException("transaction sender " + transaction.sender + " is not the account "
                        + stored.address() + " of participant " + participant);
            }
            return key.sign(transaction);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private StoredKey load(ParticipantId participant) {
        List<StoredKey> rows = jdbc.query(
                "SELECT address, key_id, iv, sealed_seed FROM custodial_account WHERE participant_id = ?",
                (rs, row) -> new StoredKey(new AlgorandAddress(rs.getString(1)), rs.getString(2),
                        new MasterKey.Sealed(rs.getBytes(3), rs.getBytes(4))),
                participant.value());
        if (rows.isEmpty()) {
            throw new CustodyException("participant " + participant + " has no custodial account");
        }
        return rows.get(0);
    }

    /** Binds a sealed key to its owner and address: moving it to another row breaks the GCM tag. */
    private static byte[] associatedData(ParticipantId participant, AlgorandAddress address) {
        return ("poweralgo-custody|" + participant.value() + "|" + address.value()).getBytes(StandardCharsets.UTF_8);
    }

    private static Account newAccount() {
        try {
            return new Account();
        } catch (GeneralSecurityException e) {
            throw new CustodyException("Ed25519 key generation is not available in this JVM", e);
        }
    }

    private static byte[] seedOf(Account account) {
        try {
            return account.toSeed();
        } catch (GeneralSecurityException e) {
            throw new CustodyException("cannot export the new account's seed", e);
        }
    }

    private record StoredKey(AlgorandAddress address, String keyId, MasterKey.Sealed sealed) {
    }
}
