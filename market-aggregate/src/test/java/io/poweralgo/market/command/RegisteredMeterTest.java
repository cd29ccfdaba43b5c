package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.ClaimCodeIssued;
import io.poweralgo.api.participant.IssueClaimCode;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterRegistrationId;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.participant.RegisterMeter;
import io.poweralgo.api.rejection.DomainRejection;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static io.poweralgo.market.command.Rejections.rejection;

class RegisteredMeterTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final MeterRegistrationId REGISTRATION = new MeterRegistrationId(METER);
    private static final OperatorId OPERATOR = new OperatorId("operator-1");
    private static final RatedPower POWER = RatedPower.ofWatts(11_000);
    private static final ClaimCode CODE = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");

    private FixtureConfiguration<RegisteredMeter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegisteredMeter.class);
    }

    @Test
    void operator_registers_a_meter_with_key_rated_power_and_only_the_codes_hash() {
        fixture.givenNoPriorActivity()
               .when(new RegisterMeter(REGISTRATION, key(1), POWER, CODE.hashFor(METER), OPERATOR))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new MeterRegistered(METER, key(1), POWER, CODE.hashFor(METER), OPERATOR));
    }

    @Test
    void a_registered_meter_cannot_be_registered_again_with_another_key() {
        fixture.given(new MeterRegistered(METER, key(1), POWER, CODE.hashFor(METER), OPERATOR))
               .when(new RegisterMeter(REGISTRATION, key(2), POWER, CODE.hashFor(METER), OPERATOR))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "METER_ALREADY_REGISTERED"));
    }

    @Test
    void a_registered_meter_cannot_be_registered_again_with_the_same_key() {
        fixture.given(new MeterRegistered(METER, key(1), POWER, CODE.hashFor(METER), OPERATOR))
               .when(new RegisterMeter(REGISTRATION, key(1), POWER, CODE.hashFor(METER), OPERATOR))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "METER_ALREADY_REGISTERED"));
    }

    @Test
    void operator_issues_a_new_claim_code_for_a_registered_meter() {
        ClaimCode replacement = new ClaimCode("ZZZZ-EFGH-JKMN-PQRS-TVWX");
        fixture.given(new MeterRegistered(METER, key(1), POWER, CODE.hashFor(METER), OPERATOR))
               .when(new IssueClaimCode(REGISTRATION, replacement.hashFor(METER), OPERATOR))
               .expectEvents(new ClaimCodeIssued(METER, replacement.hashFor(METER), OPERATOR));
    }

    @Test
    void a_claim_code_cannot_be_issued_for_an_unregistered_meter() {
        fixture.givenNoPriorActivity()
               .when(new IssueClaimCode(REGISTRATION, CODE.hashFor(METER), OPERATOR))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    private static MeterPublicKey key(int seed) {
        byte[] raw = new byte[32];
        raw[0] = (byte) seed;
        return new MeterPublicKey(Base64.getEncoder().encodeToString(raw));
    }
}
