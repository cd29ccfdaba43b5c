package io.poweralgo.app.metering;

import io.poweralgo.metering.broker.BrokerAccess;
import io.poweralgo.metering.broker.MqttGateway;
import io.poweralgo.metering.broker.PasswordHash;
import io.poweralgo.simulator.meter.MqttCredentials;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Whom the embedded broker lets in: the configured gateways, each to its own meters; the
 * simulator's gateway, if there is one, to every meter; and the platform's ingestion.
 */
public final class EmbeddedBrokerAccess {

    /**
     * Work factor of the hashes of generated passwords: those are 256 random bits, which no
     * iteration count makes harder to guess, so the hash only has to be cheap for 16 connections.
     */
    static final int GENERATED_PASSWORD_ITERATIONS = 1_000;

    private EmbeddedBrokerAccess() {
    }

    public static BrokerAccess of(List<MqttGateway> configuredGateways, EmbeddedBrokerIdentities identities,
                                  String platformClientId) {
        SecureRandom random = new SecureRandom();
        List<MqttGateway> gateways = new ArrayList<>(configuredGateways);
        identities.simulatorGateway().ifPresent(simulator -> gateways.add(new MqttGateway(simulator.username(),
                PasswordHash.of(simulator.password(), GENERATED_PASSWORD_ITERATIONS, random),
                List.of(MqttGateway.EVERY_METER))));
        MqttCredentials platform = identities.platform();
        return new BrokerAccess(platform.username(),
                PasswordHash.of(platform.password(), GENERATED_PASSWORD_ITERATIONS, random), platformClientId, gateways);
    }
}
