package io.poweralgo.app.config;

import io.poweralgo.app.demo.DemoOnStart;
import io.poweralgo.app.demo.DemoPlan;
import io.poweralgo.app.metering.EmbeddedBrokerIdentities;
import io.poweralgo.app.metering.PlatformBroker;
import io.poweralgo.simulator.microgrid.AutoTrading;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The one-command demo: with {@code poweralgo.demo.enabled=true} (what {@code --demo} sets) the
 * simulator drives this instance once it is up.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default")
public class DemoConfiguration {

    @Bean
    DemoOnStart demoOnStart(PowerAlgoProperties properties, PlatformBroker broker,
                            ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        PowerAlgoProperties.Demo demo = properties.demo();
        DemoPlan plan = new DemoPlan(demo.prosumers(), demo.consumers(), demo.hours(), demo.speed(), demo.seed(),
                demo.start(), demo.microgrid(), AutoTrading.share(demo.autoTradingShare()), demo.mqttUsername(),
                demo.mqttPassword());
        return new DemoOnStart(demo.enabled(), plan, broker, embeddedIdentities,
                properties.resolvedDataDir().resolve("simulation-report.html"));
    }
}
