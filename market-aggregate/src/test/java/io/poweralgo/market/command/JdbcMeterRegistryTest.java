package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.ClaimCodeIssued;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the module's own H2 migration and the registry against a real database. */
class JdbcMeterRegistryTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final ClaimCode CODE = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");
    private static final MeterPublicKey KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));

    private JdbcTemplate jdbc;
    private JdbcMeterRegistry registry;
    private TransactionTemplate commandTransaction;

    @BeforeEach
    void setUp() {
        jdbc = MigratedDatabase.create();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(jdbc.getDataSource());
        commandTransaction = new TransactionTemplate(transactions);
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        registry = new JdbcMeterRegistry(jdbc, separate);
        registry.on(new MeterRegistered(METER, KEY, RatedPower.ofWatts(11_000), CODE.hashFor(METER),
                new OperatorId("operator-1")), Instant.parse("2026-12-03T12:00:00Z"));
    }

    @Test
    void a_registered_meter_is_found_with_its_key_and_rated_power() {
        MeterRegistry.ProvisionedMeter meter = registry.find(METER).orElseThrow();

        assertThat(meter.publicKey()).isEqualTo(KEY);
        assertThat(meter.ratedPower()).isEqualTo(RatedPower.ofWatts(11_000));
        assertThat(meter.claimCodeHash()).isEqualTo(CODE.hashFor(METER));
        assertThat(meter.failedClaims()).isZero();
    }

    @Test
    void the_stored_row_holds_the_codes_hash_and_never_the_code() {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM meter_registration WHERE meter_id = ?", METER.value());

        assertThat(row.values()).map(String::valueOf)
                                .noneMatch(value -> value.toUpperCase().replace("-", "").contains(CODE.value()));
        assertThat(row.get("CLAIM_CODE_HASH")).isEqualTo(CODE.hashFor(METER).hex());
    }

    @Test
    void a_failed_claim_is_counted_even_when_the_command_is_rolled_back() {
        assertThatThrownBy(() -> commandTransaction.executeWithoutResult(status -> {
            registry.recordFailedClaim(METER);
            throw new IllegalStateException("the command is refused");
        })).hasMessage("the command is refused");

        assertThat(registry.find(METER).orElseThrow().failedClaims()).isEqualTo(1);
    }

    @Test
    void linking_the_meter_spends_its_claim_code() {
        registry.on(new MeterLinked(new ParticipantId("alice"), METER, KEY));

        assertThat(registry.find(METER).orElseThrow().claimCodeUsed()).isTrue();
    }

    @Test
    void a_new_claim_code_replaces_the_old_hash_and_forgets_the_wrong_codes() {
        registry.on(new MeterLinked(new ParticipantId("alice"), METER, KEY));
        registry.recordFailedClaim(METER);
        ClaimCode replacement = new ClaimCode("ZZZZ-EFGH-JKMN-PQRS-TVWX");

        registry.on(new ClaimCodeIssued(METER, replacement.hashFor(METER), new OperatorId("operator-1")));

        MeterRegistry.ProvisionedMeter meter = registry.find(METER).orElseThrow();
        assertThat(meter.claimCodeHash()).isEqualTo(replacement.hashFor(METER));
        assertThat(meter.failedClaims()).isZero();
        assertThat(meter.claimCodeUsed()).isFalse();
    }
}
