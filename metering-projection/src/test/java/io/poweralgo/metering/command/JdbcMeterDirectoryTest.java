package io.poweralgo.metering.command;

import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.MeterId;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RatedPower;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The meter_key table on H2 with this module's migrations, fed by registration and linking events. */
class JdbcMeterDirectoryTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final MeterPublicKey OPERATOR_KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));
    private static final ParticipantId ALICE = new ParticipantId("alice");

    private JdbcTemplate jdbc;
    private JdbcMeterDirectory directory;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("RUNSCRIPT FROM 'classpath:db/migration/V5__meter_keys.sql'");
        jdbc.execute("RUNSCRIPT FROM 'classpath:db/migration/V16_2__meter_rated_power.sql'");
        directory = new JdbcMeterDirectory(jdbc);
        directory.on(new MeterRegistered(METER, OPERATOR_KEY, RatedPower.ofWatts(11_000),
                new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX").hashFor(METER), new OperatorId("operator-1")));
    }

    @Test
    void a_registered_meter_is_known_with_its_operators_key_and_rated_power_but_not_linked() {
        MeterDirectory.MeterEntry entry = directory.find(METER).orElseThrow();

        assertThat(entry.publicKey()).isEqualTo(OPERATOR_KEY);
        assertThat(entry.linked()).isFalse();
        assertThat(entry.owner()).isNull();
        assertThat(ratedPowerWatts()).isEqualTo(11_000L);
    }

    @Test
    void claiming_the_meter_links_it_and_keeps_its_rated_power() {
        directory.on(new MeterLinked(ALICE, METER, OPERATOR_KEY));

        MeterDirectory.MeterEntry entry = directory.find(METER).orElseThrow();
        assertThat(entry.owner()).isEqualTo(ALICE);
        assertThat(entry.linked()).isTrue();
        assertThat(ratedPowerWatts()).isEqualTo(11_000L);
    }

    private Long ratedPowerWatts() {
        return jdbc.queryForObject("SELECT rated_power_w FROM meter_key WHERE meter_id = ?", Long.class, METER.value());
    }
}
