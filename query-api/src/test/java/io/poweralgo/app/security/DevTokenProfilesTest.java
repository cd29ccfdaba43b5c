package io.poweralgo.app.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev tokens exist only in the default profile. The postgres profile is also checked over HTTP by
 * PostgresProfileIT; the axonserver profile needs an Axon Server to start, so its bean set is
 * checked here.
 */
class DevTokenProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "axonserver", "postgres,axonserver"})
    void no_dev_token_beans_outside_the_default_profile(String profiles) {
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles.split(",")))
                .withUserConfiguration(DevTokenConfiguration.class, DevTokenController.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(DevTokenController.class);
                    assertThat(context).doesNotHaveBean(DevTokens.class);
                    assertThat(context).doesNotHaveBean("devTokenEndpoint");
                    assertThat(context).doesNotHaveBean("devJwtDecoder");
                });
    }
}
