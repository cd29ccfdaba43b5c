package io.poweralgo.app.demo;

import io.poweralgo.simulator.meter.MqttCredentials;
import io.poweralgo.simulator.microgrid.AutoTrading;
import io.poweralgo.simulator.microgrid.Simulation;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlanTest {

    private static final MqttCredentials SIMULATOR_GATEWAY = MqttCredentials.of("simulator", "generated");

    @Test
    void the_meters_publish_as_the_configured_gateway() {
        DemoPlan plan = plan("gw-demo", "demo-secret");

        assertThat(plan.gateway(SIMULATOR_GATEWAY)).isEqualTo(MqttCredentials.of("gw-demo", "demo-secret"));
    }

    @Test
    void without_a_configured_gateway_the_meters_publish_as_the_simulator_gateway() {
        assertThat(plan(" ", null).gateway(SIMULATOR_GATEWAY)).isEqualTo(SIMULATOR_GATEWAY);
    }

    @Test
    void the_simulation_drives_this_instance_with_the_planned_households_and_hours() {
        Simulation.Options options = plan(null, null).options("http://127.0.0.1:8080", URI.create("tcp://127.0.0.1:1884"),
                SIMULATOR_GATEWAY, System.out);

        assertThat(options).isEqualTo(new Simulation.Options(10, 20, 24, Duration.ofSeconds(5), 42,
                Instant.parse("2027-06-21T04:00:00Z"), "http://127.0.0.1:8080", URI.create("tcp://127.0.0.1:1884"),
                SIMULATOR_GATEWAY, "mg-sim", AutoTrading.share(0.5), System.out));
    }

    private static DemoPlan plan(String mqttUsername, String mqttPassword) {
        return new DemoPlan(10, 20, 24, Duration.ofSeconds(5), 42, Instant.parse("2027-06-21T04:00:00Z"), "mg-sim",
                AutoTrading.share(0.5), mqttUsername, mqttPassword);
    }
}
