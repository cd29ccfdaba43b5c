package io.poweralgo.app.wire;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.ClaimCodeIssued;
import io.poweralgo.api.participant.ClaimMeter;
import io.poweralgo.api.participant.FindProvisionedMeters;
import io.poweralgo.api.participant.IssueClaimCode;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterRegistrationId;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.ProvisionedMeterViews;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.participant.RegisterMeter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meter provisioning messages as Axon Server carries them: JSON from the app's serializer that names the payload's
 * class. Each must come back equal and of the same type; the claim code itself never travels in an event.
 */
class MeterProvisioningMessagesOverAxonServerTest {

    private static final AppSerializers WIRE = AppSerializers.ofTheApp();
    private static final MeterId METER = new MeterId("SM-0001");
    private static final ClaimCode CODE = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");
    private static final MeterPublicKey KEY = new MeterPublicKey("A".repeat(43) + "=");
    private static final OperatorId OPERATOR = new OperatorId("operator-1");

    static Stream<Object> messages() {
        return Stream.of(
                new RegisterMeter(new MeterRegistrationId(METER), KEY, RatedPower.ofWatts(11_000), CODE.hashFor(METER), OPERATOR),
                new MeterRegistered(METER, KEY, RatedPower.ofWatts(11_000), CODE.hashFor(METER), OPERATOR),
                new IssueClaimCode(new MeterRegistrationId(METER), CODE.hashFor(METER), OPERATOR),
                new ClaimCodeIssued(METER, CODE.hashFor(METER), OPERATOR),
                new ClaimMeter(new ParticipantId("alice"), METER, CODE),
                new FindProvisionedMeters(0, 100),
                new ProvisionedMeterViews(List.of(
                        new ProvisionedMeterView(METER, KEY, RatedPower.ofWatts(11_000), OPERATOR,
                                Instant.parse("2026-12-03T12:00:00Z"), new ParticipantId("alice")),
                        new ProvisionedMeterView(new MeterId("SM-0002"), KEY, RatedPower.ofWatts(4_600), OPERATOR,
                                Instant.parse("2026-12-03T12:00:00Z"), null))));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_message_crosses_the_wire_unchanged(Object message) {
        byte[] wire = WIRE.carryAcrossTheWire(message);

        if (!(message instanceof ClaimMeter)) {
            assertThat(new String(wire)).doesNotContain(CODE.value());
        }
    }
}
