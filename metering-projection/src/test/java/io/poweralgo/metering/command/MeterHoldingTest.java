package io.poweralgo.metering.command;

import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeterHoldingTest {

    private static final MeterPublicKey KEY = new MeterPublicKey("Glx/+iXLziiwCNenIG5zsaJ+jlOHAkACNHMNI37cNV4=");
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final MeterHolding ALICES = new MeterHolding(ALICE, KEY, at("10:00"), at("11:00"));
    private static final MeterHolding BOBS = new MeterHolding(BOB, KEY, at("11:30"), null);

    @Test
    void a_reading_belongs_to_whoever_held_the_meter_when_it_was_taken() {
        assertThat(holderAt("10:59")).isEqualTo("alice held it");
        assertThat(holderAt("11:30")).isEqualTo("bob held it");
    }

    @Test
    void a_reading_taken_between_two_holdings_or_before_an_ended_first_one_is_nobodys() {
        assertThat(holderAt("11:00")).isEqualTo("alice did not hold it");
        assertThat(holderAt("09:00")).isEqualTo("alice did not hold it");
    }

    @Test
    void a_reading_buffered_before_the_first_link_is_the_first_holders_while_the_holding_lasts() {
        MeterHolding lasting = new MeterHolding(ALICE, KEY, at("10:00"), null);

        assertThat(MeterHolding.at(List.of(lasting), at("09:00"))).hasValueSatisfying(h -> assertThat(h.covers(at("09:00"))).isTrue());
        assertThat(MeterHolding.at(List.of(), at("09:00"))).isEmpty();
    }

    private static String holderAt(String time) {
        MeterHolding holding = MeterHolding.at(List.of(ALICES, BOBS), at(time)).orElseThrow();
        return holding.holder().value() + (holding.covers(at(time)) ? " held it" : " did not hold it");
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-24T" + time + ":00Z");
    }
}
