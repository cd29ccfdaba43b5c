package io.poweralgo.app.config;

import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.simulator.microgrid.Simulation;
import io.poweralgo.simulator.microgrid.report.HtmlReport;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;
import io.poweralgo.simulator.microgrid.report.SummaryText;
import io.poweralgo.simulator.meter.MqttCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The one-command demo: with {@code poweralgo.demo.enabled=true} (what {@code --demo} sets),
 * once the platform is up, the simulator drives it through its REST API and MQTT like a real
 * microgrid, prints a summary, writes the HTML report, and leaves the platform running.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default")
public class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoOnStart(PowerAlgoProperties properties,
                                                           ObjectProvider<EmbeddedMqttBroker> embeddedBroker,
                                                           ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        return event -> {
            if (!properties.demo().enabled()) {
                return;
            }
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            String brokerUri = StringUtils.hasText(properties.mqtt().uri()) ? properties.mqtt().uri()
                    : embeddedBroker.getObject().uri();
            PowerAlgoProperties.Demo demo = properties.demo();
            Simulation.Options options = new Simulation.Options(demo.prosumers(), demo.consumers(), demo.hours(),
                    demo.speed(), demo.seed(), demo.start(), "http://127.0.0.1:" + port, URI.create(brokerUri),
                    gatewayCredentials(demo, embeddedIdentities), demo.microgrid(), System.out);
            Path report = properties.resolvedDataDir().resolve("simulation-report.html");
            Thread runner = new Thread(() -> run(options, report, port), "demo-simulation");
            runner.setDaemon(true);
            runner.start();
        };
    }

    /** The configured demo gateway, or else the embedded broker's simulator gateway. */
    private static MqttCredentials gatewayCredentials(PowerAlgoProperties.Demo demo,
                                                      ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        if (StringUtils.hasText(demo.mqttUsername())) {
            return MqttCredentials.of(demo.mqttUsername(), demo.mqttPassword());
        }
        EmbeddedBrokerIdentities identities = embeddedIdentities.getIfAvailable();
        return identities == null ? MqttCredentials.NONE : identities.simulatorGateway().orElse(MqttCredentials.NONE);
    }

    private static void run(Simulation.Options options, Path report, String port) {
        log.info("demo starting prosumers={} consumers={} hours={} speed={}", options.prosumers(), options.consumers(),
                options.hours(), options.speed());
        try {
            SimulationSummary summary = new Simulation(options).run();
            System.out.println(SummaryText.render(summary));
            HtmlReport.write(report, summary);
            System.out.println("Report: " + report.toUri());
            System.out.println("The platform stays up: http://localhost:" + port + "/swagger-ui.html (Ctrl-C stops it)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulation report " + report, e);
        } catch (RuntimeException e) {
            log.error("demo simulation failed; the platform stays up", e);
        }
    }
}
