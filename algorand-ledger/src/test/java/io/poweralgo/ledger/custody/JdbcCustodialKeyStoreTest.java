package io.poweralgo.ledger.custody;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.Signature;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcCustodialKeyStoreTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");

    private final MasterKey masterKey = MasterKey.fromBase64("k1", MasterKey.newRandomBase64());
    private JdbcTemplate jdbc;
    private JdbcCustodialKeyStore store;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new JdbcCustodialKeyStore(jdbc, masterKey, Clock.systemUTC());
    }

    @Test
    void opening_twice_returns_the_same_account() {
        AlgorandAddress first = store.openAccount(ALICE);
        AlgorandAddress second = store.openAccount(ALICE);

        assertThat(second).isEqualTo(first);
        assertThat(store.addressOf(ALICE)).contains(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM custodial_account", Integer.class)).isOne();
    }

    @Test
    void each_participant_gets_its_own_account() {
        assertThat(store.openAccount(ALICE)).isNotEqualTo(store.openAccount(BOB));
        assertThat(store.addressOf(new ParticipantId("nobody"))).isEmpty();
    }

    @Test
    void signature_verifies_with_the_account_public_key() throws Exception {
        AlgorandAddress address = store.openAccount(ALICE);
        Transaction tx = payment(new Address(address.value()));

        SignedTransaction signed = store.sign(ALICE, tx);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(tx.sender.toVerifyKey());
        verifier.update(tx.bytesToSign());
        assertThat(verifier.verify(signed.sig.getBytes())).isTrue();
    }

    @Test
    void stored_row_holds_no_plain_key_and_names_its_master_key() {
        store.openAccount(ALICE);
        Map<String, Object> row = jdbc.queryForMap("SELECT key_id, sealed_seed FROM custodial_account");

        assertThat(row.get("KEY_ID")).isEqualTo("k1");
        assertThat((byte[]) row.get("SEALED_SEED")).hasSize(32 + 16);
    }

    @Test
    void another_master_key_cannot_unseal() {
        AlgorandAddress address = store.openAccount(ALICE);
        var otherKeyStore = new JdbcCustodialKeyStore(jdbc, MasterKey.fromBase64("k1", MasterKey.newRandomBase64()),
                Clock.systemUTC());

        assertThatThrownBy(() -> otherKeyStore.sign(ALICE, payment(new Address(address.value()))))
                .isInstanceOf(CustodyException.class)
                .hasMessageContaining("does not authenticate under master key 'k1'");
    }

    @Test
    void key_sealed_under_an_older_master_key_id_is_reported_as_such() {
        AlgorandAddress address = store.openAccount(ALICE);
        jdbc.update("UPDATE custodial_account SET key_id = 'k0'");

        assertThatThrownBy(() -> store.sign(ALICE, payment(new Address(address.value()))))
                .isInstanceOf(CustodyException.class)
                .hasMessageContaining("sealed under master key 'k0'");
    }

    @Test
    void sealed_key_moved_to_another_participant_does_not_unseal() {
        store.openAccount(ALICE);
        AlgorandAddress bobAddress = store.openAccount(BOB);
        jdbc.update("UPDATE custodial_account SET sealed_seed = (SELECT sealed_seed FROM custodial_account"
                + " WHERE participant_id = 'alice'), iv = (SELECT iv FROM custodial_account WHERE participant_id = 'alice')"
                + " WHERE participant_id = 'bob'");

        assertThatThrownBy(() -> store.sign(BOB, payment(new Address(bobAddress.value()))))
                .isInstanceOf(CustodyException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refuses_to_sign_for_another_sender() throws Exception {
        store.openAccount(ALICE);
        Transaction fromStranger = payment(new Account().getAddress());

        assertThatThrownBy(() -> store.sign(ALICE, fromStranger))
                .isInstanceOf(CustodyException.class)
                .hasMessageContaining("is not the account");
    }

    @Test
    void participant_without_account_cannot_sign() throws Exception {
        assertThatThrownBy(() -> store.sign(ALICE, payment(new Account().getAddress())))
                .isInstanceOf(CustodyException.class)
                .hasMessageContaining("has no custodial account");
    }

    @Test
    void master_key_never_shows_itself() {
        assertThat(masterKey).hasToString("MasterKey[id=k1]");
        assertThatThrownBy(() -> MasterKey.fromBase64("k1", "c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    private static Transaction payment(Address sender) throws Exception {
        return Transaction.PaymentTransactionBuilder()
                          .sender(sender)
                          .receiver(new Account().getAddress())
                          .amount(1_000L)
                          .flatFee(1_000L)
                          .firstValid(1L)
                          .lastValid(1_000L)
                          .genesisHash(new byte[32])
                          .build();
    }
}
