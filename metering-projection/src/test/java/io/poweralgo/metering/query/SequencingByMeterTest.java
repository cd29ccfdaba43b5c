package io.poweralgo.metering.query;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SequencingByMeterTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final MeterPublicKey KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));

    private final SequencingByMeter policy = new SequencingByMeter();

    @Test
    void a_meter_moving_between_participants_is_one_sequence() {
        Object linkedByAlice = policy.getSequenceIdentifierFor(fromParticipant(ALICE, 0, new MeterLinked(ALICE, METER, KEY)));
        Object unlinkedByAlice = policy.getSequenceIdentifierFor(fromParticipant(ALICE, 1, new MeterUnlinked(ALICE, METER)));
        Object linkedByBob = policy.getSequenceIdentifierFor(fromParticipant(BOB, 0, new MeterLinked(BOB, METER, KEY)));

        assertThat(linkedByAlice).isEqualTo(unlinkedByAlice).isEqualTo(linkedByBob).isEqualTo("SM-0001");
    }

    @Test
    void other_events_keep_one_sequence_per_aggregate() {
        assertThat(policy.getSequenceIdentifierFor(fromParticipant(ALICE, 2, new KycApproved(ALICE, null, null))))
                .isEqualTo("alice");
    }

    private static GenericDomainEventMessage<Object> fromParticipant(ParticipantId participant, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Participant", participant.value(), sequence, payload);
    }
}
