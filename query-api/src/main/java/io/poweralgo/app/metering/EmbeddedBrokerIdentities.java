package io.poweralgo.app.metering;

import io.poweralgo.simulator.meter.MqttCredentials;
import org.springframework.util.StringUtils;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who signs in to the embedded MQTT broker without an operator having configured it: the
 * platform's ingestion, and in the default profile the simulator's gateway (the demo, the
 * simulator and the benchmarks publish as it). Their passwords are generated once under the data
 * directory unless configured.
 */
public record EmbeddedBrokerIdentities(MqttCredentials platform, Optional<MqttCredentials> simulatorGateway) {

    public static final String SIMULATOR_GATEWAY = "simulator";
    static final String DEFAULT_PLATFORM_USERNAME = "poweralgo";

    /**
     * The platform as configured, a missing user name defaulting and a missing password generated;
     * the simulator's gateway, with a generated password, only when {@code withSimulatorGateway}.
     */
    public static EmbeddedBrokerIdentities of(String username, String password, boolean withSimulatorGateway,
                                              GeneratedSecrets secrets) {
        MqttCredentials platform = MqttCredentials.of(
                StringUtils.hasText(username) ? username : DEFAULT_PLATFORM_USERNAME,
                StringUtils.hasText(password) ? password
                        : secrets.readOrCreate("mqtt-platform.password", EmbeddedBrokerIdentities::randomPassword,
                                "MQTT platform password"));
        Optional<MqttCredentials> simulator = withSimulatorGateway
                ? Optional.of(MqttCredentials.of(SIMULATOR_GATEWAY, secrets.readOrCreate("mqtt-simulator.password",
                        EmbeddedBrokerIdentities::randomPassword, "MQTT simulator gateway password")))
                : Optional.empty();
        return new EmbeddedBrokerIdentities(platform, simulator);
    }

    private static String randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
