package io.poweralgo.app.demo;

import io.poweralgo.simulator.meter.MqttCredentials;
import io.poweralgo.simulator.microgrid.AutoTrading;
import io.poweralgo.simulator.microgrid.Simulation;
import org.springframework.util.StringUtils;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What the demo simulates: {@code prosumers} and {@code consumers} households trading for
 * {@code hours} hours of {@code microgrid} from {@code start} (null: the next morning), one market
 * hour every {@code speed}, seeded with {@code seed}, the households {@code autoTrading} names
 * trading through the platform's trading agent and the others bidding themselves; its meters publish as the gateway
 * {@code mqttUsername} (blank: the embedded broker's simulator gateway).
 */
public record DemoPlan(int prosumers, int consumers, int hours, Duration speed, long seed, Instant start,
                       String microgrid, AutoTrading autoTrading, String mqttUsername, String mqttPassword) {

    /** The configured gateway, or else {@code simulatorGateway}. */
    MqttCredentials gateway(MqttCredentials simulatorGateway) {
        return StringUtils.hasText(mqttUsername) ? MqttCredentials.of(mqttUsername, mqttPassword) : simulatorGateway;
    }

    Simulation.Options options(String apiUrl, URI broker, MqttCredentials gateway, PrintStream out) {
        return new Simulation.Options(prosumers, consumers, hours, speed, seed, start, apiUrl, broker, gateway, microgrid,
                autoTrading, out);
    }
}
