package io.poweralgo.app.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPropertiesTest {

    @Test
    void half_of_the_demo_households_trade_automatically_unless_configured_otherwise() {
        assertThat(demo(Map.of()).autoTradingShare()).isEqualTo(0.5);
        assertThat(demo(Map.of("poweralgo.demo.auto-trading-share", "0")).autoTradingShare()).isZero();
    }

    private static PowerAlgoProperties.Demo demo(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("poweralgo", PowerAlgoProperties.class)
                                                                         .demo();
    }
}
