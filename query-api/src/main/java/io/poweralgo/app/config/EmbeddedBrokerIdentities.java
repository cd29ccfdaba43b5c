package io.poweralgo.app.config;

import io.poweralgo.simulator.meter.MqttCredentials;

import java.util.Optional;

/**
 * Who signs in to the embedded MQTT broker without an operator having configured it: the
 * platform's ingestion, and in the default profile the simulator's gateway (the demo, the
 * simulator and the benchmarks publish as it). Their passwords are generated once under the data
 * directory unless configured.
 */
public record EmbeddedBrokerIdentities(MqttCredentials platform, Optional<MqttCredentials> simulatorGateway) {

    public static final String SIMULATOR_GATEWAY = "simulator";
}
