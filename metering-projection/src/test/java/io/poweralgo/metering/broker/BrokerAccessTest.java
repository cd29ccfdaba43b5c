package io.poweralgo.metering.broker;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerAccessTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final BrokerAccess access = new BrokerAccess("poweralgo", hash("platform-pw"), "poweralgo-ingest-1",
            List.of(new MqttGateway("gw-a", hash("gw-a-pw"), List.of("SM-0001", "SM-0002")),
                    new MqttGateway("bench", hash("bench-pw"), List.of(MqttGateway.EVERY_METER))));

    @Test
    void the_platform_only_takes_readings() {
        BrokerAccess.Decision platform = access.decide("poweralgo", "platform-pw".toCharArray(), "poweralgo-ingest-1-0");

        assertThat(platform.accepted()).isTrue();
        assertThat(platform.subscribesToReadings()).isTrue();
        assertThat(platform.publishTopics()).isEmpty();
    }

    @Test
    void a_gateway_only_publishes_its_own_meters_readings() {
        BrokerAccess.Decision gateway = access.decide("gw-a", "gw-a-pw".toCharArray(), "gw-a-session");

        assertThat(gateway.accepted()).isTrue();
        assertThat(gateway.subscribesToReadings()).isFalse();
        assertThat(gateway.publishTopics())
                .containsExactly("poweralgo/meters/SM-0001/readings", "poweralgo/meters/SM-0002/readings");
        assertThat(access.decide("bench", "bench-pw".toCharArray(), "bench-1").publishTopics())
                .containsExactly(BrokerAccess.READINGS_FILTER);
    }

    @Test
    void anonymous_clients_wrong_passwords_and_unknown_users_are_refused() {
        assertThat(access.decide(null, null, "anonymous").refusal()).isEqualTo("no user name and password");
        assertThat(access.decide("gw-a", null, "gw-a-session").accepted()).isFalse();
        assertThat(access.decide("gw-a", "platform-pw".toCharArray(), "gw-a-session").refusal()).isEqualTo("wrong password");
        assertThat(access.decide("poweralgo", "gw-a-pw".toCharArray(), "x").refusal()).isEqualTo("wrong password");
        assertThat(access.decide("mallory", "gw-a-pw".toCharArray(), "x").refusal()).isEqualTo("unknown user");
    }

    /** Taking over one of the platform's persistent sessions would hand over its subscription and queued readings. */
    @Test
    void a_gateway_cannot_take_a_session_of_the_platform() {
        BrokerAccess.Decision takeover = access.decide("gw-a", "gw-a-pw".toCharArray(), "poweralgo-ingest-1-3");

        assertThat(takeover.accepted()).isFalse();
        assertThat(takeover.refusal()).isEqualTo("client id of the platform's sessions");
    }

    @Test
    void a_gateway_is_named_has_a_hash_and_serves_meter_ids_only() {
        assertThatThrownBy(() -> new MqttGateway("gw-x", hash("pw"), List.of("SM-1/#")))
                .hasMessageContaining("is not a meter id");
        assertThatThrownBy(() -> new MqttGateway("gw-x", hash("pw"), List.of("#"))).hasMessageContaining("is not a meter id");
        assertThatThrownBy(() -> new MqttGateway("gw-x", hash("pw"), List.of())).hasMessageContaining("serves no meter");
        assertThatThrownBy(() -> new MqttGateway("gw x", hash("pw"), List.of("SM-1"))).hasMessageContaining("user name");
        assertThatThrownBy(() -> new MqttGateway("gw-x", null, List.of("SM-1"))).hasMessageContaining("password hash");
        assertThatThrownBy(() -> new BrokerAccess("poweralgo", hash("pw"), "p",
                List.of(new MqttGateway("poweralgo", hash("pw"), List.of("SM-1"))))).hasMessageContaining("platform's user name");
    }

    private static PasswordHash hash(String password) {
        return PasswordHash.of(password, 1_000, RANDOM);
    }
}
