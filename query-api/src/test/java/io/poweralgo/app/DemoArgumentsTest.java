package io.poweralgo.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoArgumentsTest {

    @Test
    void without_the_flag_the_arguments_stay_as_they_are() {
        String[] args = {"--server.port=9090"};

        assertThat(DemoArguments.expand(args)).containsExactly("--server.port=9090");
    }

    @Test
    void the_flag_turns_the_demo_on_and_explicit_settings_win() {
        String[] expanded = DemoArguments.expand(new String[] {"--demo", "--poweralgo.market.scheduler-interval=5s"});

        assertThat(expanded).contains("--poweralgo.demo.enabled=true", "--poweralgo.registration.requests-per-minute=100000",
                        "--poweralgo.market.scheduler-interval=5s")
                .doesNotContain("--demo", "--poweralgo.market.scheduler-interval=2s");
    }
}
