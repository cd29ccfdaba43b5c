package io.poweralgo.app.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** Pooled streaming processors are Axon's recommended mode and split segments across instances. */
    @Bean
    ConfigurerModule pooledStreamingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing(EventProcessingConfigurer::usingPooledStreamingEventProcessors);
    }

    /** The one clock of the platform, so that tests and the simulator can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
