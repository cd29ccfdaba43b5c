package io.poweralgo.app.demo;

import io.poweralgo.app.metering.EmbeddedBrokerIdentities;
import io.poweralgo.app.metering.PlatformBroker;
import io.poweralgo.simulator.meter.MqttCredentials;
import io.poweralgo.simulator.microgrid.Simulation;
import io.poweralgo.simulator.microgrid.report.HtmlReport;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;
import io.poweralgo.simulator.microgrid.report.SummaryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one-command demo: once the platform is up, the simulator drives it through its REST API and
 * MQTT like a real microgrid, prints a summary, writes the HTML report, and leaves the platform
 * running. It runs beside the platform, so that a failed demo never stops it.
 */
public final class DemoOnStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final boolean enabled;
    private final DemoPlan plan;
    private final PlatformBroker broker;
    private final ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities;
    private final Path report;

    public DemoOnStart(boolean enabled, DemoPlan plan, PlatformBroker broker,
                       ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities, Path report) {
        this.enabled = enabled;
        this.plan = plan;
        this.broker = broker;
        this.embeddedIdentities = embeddedIdentities;
        this.report = report;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!enabled) {
            return;
        }
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        Simulation.Options options = plan.options("http://127.0.0.1:" + port, broker.uri(),
                plan.gateway(simulatorGateway()), System.out);
        Thread runner = new Thread(() -> run(options, port), "demo-simulation");
        runner.setDaemon(true);
        runner.start();
    }

    /** The embedded broker's simulator gateway; none when there is no embedded broker or it has no such gateway. */
    private MqttCredentials simulatorGateway() {
        EmbeddedBrokerIdentities identities = embeddedIdentities.getIfAvailable();
        return identities == null ? MqttCredentials.NONE : identities.simulatorGateway().orElse(MqttCredentials.NONE);
    }

    private void run(Simulation.Options options, String port) {
        log.info("demo starting prosumers={} consumers={} hours={} speed={} autoTradingShare={}", options.prosumers(),
                options.consumers(), options.hours(), options.speed(), options.autoTrading().share());
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
