package io.poweralgo.metering.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's meter tables on H2, created by the module's own migrations. */
class JdbcMeterDirectoryTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final MeterPublicKey KEY = new MeterPublicKey("Glx/+iXLziiwCNenIG5zsaJ+jlOHAkACNHMNI37cNV4=");
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");

    private JdbcMeterDirectory directory;
    private JdbcTemplate jdbc;

    @BeforeEach
    void createTables() {
        jdbc = MigratedDatabase.create();
        directory = new JdbcMeterDirectory(jdbc);
    }

    @Test
    void the_latest_accepted_reading_only_moves_forward() {
        directory.on(new MeterLinked(ALICE, METER, KEY), at("10:00"));

        directory.recordAccepted(METER, new Registers(at("13:10"), 2_000, 0));
        directory.recordAccepted(METER, new Registers(at("13:05"), 1_000, 0));

        assertThat(directory.find(METER, at("13:20")).orElseThrow().lastAccepted())
                .isEqualTo(new Registers(at("13:10"), 2_000, 0));
    }

    @Test
    void rated_power_comes_from_its_column_and_is_null_until_provisioned() {
        directory.on(new MeterLinked(ALICE, METER, KEY), at("10:00"));
        assertThat(directory.find(METER, at("13:20")).orElseThrow().ratedPowerW()).isNull();

        jdbc.update("UPDATE meter_key SET rated_power_w = 11000 WHERE meter_id = ?", METER.value());

        assertThat(directory.find(METER, at("13:20")).orElseThrow().ratedPowerW()).isEqualTo(11_000L);
    }

    @Test
    void a_reading_is_judged_by_who_held_the_meter_when_it_was_taken() {
        directory.on(new MeterLinked(ALICE, METER, KEY), at("10:00"));
        directory.on(new MeterUnlinked(ALICE, METER), at("11:00"));
        directory.on(new MeterLinked(BOB, METER, KEY), at("11:30"));

        assertThat(directory.find(METER, at("10:59")).orElseThrow()).extracting(MeterDirectory.MeterEntry::owner,
                MeterDirectory.MeterEntry::linked).containsExactly(ALICE, true);
        assertThat(directory.find(METER, at("11:10")).orElseThrow().linked()).isFalse();
        assertThat(directory.find(METER, at("11:30")).orElseThrow().owner()).isEqualTo(BOB);
        assertThat(directory.find(new MeterId("SM-NONE"), at("11:30"))).isEmpty();
    }

    @Test
    void a_registered_meter_is_known_with_its_operators_key_and_rated_power_but_held_by_nobody() {
        directory.on(registered());

        MeterDirectory.MeterEntry entry = directory.find(METER, at("13:20")).orElseThrow();

        assertThat(entry.publicKey()).isEqualTo(KEY);
        assertThat(entry.linked()).isFalse();
        assertThat(entry.owner()).isNull();
        assertThat(entry.ratedPowerW()).isEqualTo(11_000L);
    }

    @Test
    void claiming_a_registered_meter_links_it_and_keeps_its_rated_power() {
        directory.on(registered());
        directory.on(new MeterLinked(ALICE, METER, KEY), at("10:00"));

        MeterDirectory.MeterEntry entry = directory.find(METER, at("13:20")).orElseThrow();
        assertThat(entry.owner()).isEqualTo(ALICE);
        assertThat(entry.linked()).isTrue();
        assertThat(entry.ratedPowerW()).isEqualTo(11_000L);
    }

    private static MeterRegistered registered() {
        return new MeterRegistered(METER, KEY, RatedPower.ofWatts(11_000),
                new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX").hashFor(METER), new OperatorId("operator-1"));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-24T" + time + ":00Z");
    }
}
