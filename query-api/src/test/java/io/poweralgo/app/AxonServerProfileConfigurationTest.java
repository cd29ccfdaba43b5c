package io.poweralgo.app;

import io.poweralgo.app.config.PowerAlgoProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profiles' configuration as the compose stack gives it: secrets as files named
 * after their property in the secrets folder, the stablecoin id as the ledger bootstrap left it,
 * the rest from the environment (here: command-line arguments, which outrank it the same way).
 * Only the configuration is bound; no Axon Server is needed.
 */
class AxonServerProfileConfigurationTest {

    @TempDir
    Path secrets;
    @TempDir
    Path bootstrap;

    @Test
    void secrets_come_from_files_and_the_stablecoin_id_from_the_bootstrap() throws Exception {
        Files.writeString(secrets.resolve("poweralgo.algorand.pool-mnemonic"), "pool words");
        Files.writeString(secrets.resolve("poweralgo.custody.master-key"), "master-key-from-a-file");
        Files.writeString(bootstrap.resolve("poweralgo.algorand.stablecoin-asset-id"), "4711");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerBootstrapCommand.Settings.class)
                .profiles("postgres", "axonserver").web(WebApplicationType.NONE)
                .run("--POWERALGO_SECRETS_DIR=" + secrets + "/", "--POWERALGO_BOOTSTRAP_DIR=" + bootstrap + "/",
                        "--POWERALGO_MONGO_URI=mongodb://mongo:27017/?replicaSet=rs0",
                        "--POWERALGO_MQTT_URI=tcp://mqtt:1883", "--POWERALGO_ALGOD_URL=http://algod:8080",
                        "--logging.config=classpath:logback-test.xml")) {
            PowerAlgoProperties properties = context.getBean(PowerAlgoProperties.class);

            assertThat(properties.algorand().poolMnemonic()).isEqualTo("pool words");
            assertThat(properties.custody().masterKey()).isEqualTo("master-key-from-a-file");
            assertThat(properties.algorand().stablecoinAssetId()).isEqualTo(4711);
            assertThat(properties.algorand().algodUrl()).isEqualTo("http://algod:8080");
            assertThat(properties.mongo().uri()).isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
            assertThat(properties.mqtt().uri()).isEqualTo("tcp://mqtt:1883");
            assertThat(context.getEnvironment().getProperty("axon.axonserver.enabled")).isEqualTo("true");
        }
    }

    /** As the README says: read models, MQTT broker and ledger stay embedded until their URI is set. */
    @Test
    void every_optional_setting_may_be_left_unset() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerBootstrapCommand.Settings.class)
                .profiles("postgres", "axonserver").web(WebApplicationType.NONE)
                .run("--POWERALGO_SECRETS_DIR=" + secrets + "/", "--POWERALGO_BOOTSTRAP_DIR=" + bootstrap + "/",
                        "--logging.config=classpath:logback-test.xml")) {
            PowerAlgoProperties properties = context.getBean(PowerAlgoProperties.class);

            assertThat(properties.mongo().uri()).isEmpty();
            assertThat(properties.mqtt().uri()).isEmpty();
            assertThat(properties.algorand().algodUrl()).isEmpty();
            assertThat(properties.algorand().algodToken()).isEmpty();
            assertThat(properties.algorand().stablecoinAssetId()).isZero();
            assertThat(profileSettings(context.getEnvironment())).allSatisfy(name ->
                    assertThat(context.getEnvironment().getProperty(name)).as(name).isNotNull());
        }
    }

    /** Only the demo on the default profile hands out stablecoin; a production treasury gives nothing unasked. */
    @Test
    void the_onboarding_grant_is_given_on_the_default_profile_only() {
        assertThat(onboardingGrantMicro()).isEqualTo(100_000_000);
        assertThat(onboardingGrantMicro("postgres")).isZero();
        assertThat(onboardingGrantMicro("postgres", "axonserver")).isZero();
    }

    private long onboardingGrantMicro(String... profiles) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerBootstrapCommand.Settings.class)
                .profiles(profiles).web(WebApplicationType.NONE)
                .run("--POWERALGO_SECRETS_DIR=" + secrets + "/", "--POWERALGO_BOOTSTRAP_DIR=" + bootstrap + "/",
                        "--logging.config=classpath:logback-test.xml")) {
            return context.getBean(PowerAlgoProperties.class).algorand().onboardingGrantMicro();
        }
    }

    /** Every setting the profiles' own files make, so that each placeholder in them is resolved once. */
    private static List<String> profileSettings(ConfigurableEnvironment environment) {
        return environment.getPropertySources().stream()
                          .filter(source -> source.getName().contains("application-axonserver.yml")
                                  || source.getName().contains("application-postgres.yml"))
                          .flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
                          .toList();
    }
}
