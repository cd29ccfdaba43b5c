package io.poweralgo.app.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose stack as written: only the app instances and the MQTT broker are reachable from
 * outside the Docker host; Axon Server requires a token that the apps get from the same secret;
 * algod's and kmd's tokens are generated secrets, no example token is baked in; the broker lets no
 * anonymous client in.
 */
class ComposeStackTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void only_the_apps_and_the_broker_publish_ports() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services.entrySet().stream().filter(service -> service.getValue().containsKey("ports"))
                           .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("app-1", "app-2", "mqtt");
    }

    @Test
    void axon_server_requires_the_token_the_apps_present() throws IOException {
        Properties axonServer = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("axon-server/axonserver.properties"))) {
            axonServer.load(reader);
        }
        Map<String, Map<String, Object>> services = services();

        assertThat(axonServer.getProperty("axoniq.axonserver.accesscontrol.enabled")).isEqualTo("true");
        assertThat(secretTargets(services.get("axonserver")))
                .containsEntry("axoniq.axonserver.accesscontrol.token", "axon-server-token");
        assertThat(environment(services.get("axonserver")).get("SPRING_CONFIG_IMPORT"))
                .hasToString("optional:configtree:/run/secrets/");
        for (String app : List.of("app-1", "app-2")) {
            assertThat(secretTargets(services.get(app))).containsEntry("axon.axonserver.token", "axon-server-token");
        }
    }

    @Test
    void algod_and_kmd_tokens_are_generated_secrets_not_example_values() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String envExample = Files.readString(ROOT.resolve("deploy/compose.env.example"));

        assertThat(environment(services.get("algod"))).doesNotContainKeys("TOKEN", "ADMIN_TOKEN", "KMD_TOKEN");
        assertThat(services.get("algod").get("secrets")).asList().contains("algod-token", "kmd-token");
        assertThat(secretTargets(services.get("ledger-bootstrap")))
                .containsEntry("poweralgo.algorand.algod-token", "algod-token")
                .containsEntry("poweralgo.algorand.kmd-token", "kmd-token");
        for (String app : List.of("app-1", "app-2")) {
            assertThat(secretTargets(services.get(app))).containsEntry("poweralgo.algorand.algod-token", "algod-token");
        }
        assertThat(compose + envExample).doesNotContain("ALGOD_TOKEN").doesNotContainPattern("a{64}");
    }

    @Test
    void the_broker_refuses_anonymous_clients_and_keeps_access_rules() throws IOException {
        List<String> mosquitto = Files.readAllLines(ROOT.resolve("deploy/mosquitto/mosquitto.conf")).stream()
                                      .map(String::strip).filter(line -> !line.startsWith("#")).toList();

        assertThat(mosquitto).contains("allow_anonymous false", "plugin /usr/lib/mosquitto_dynamic_security.so",
                "plugin_opt_config_file /mosquitto/data/dynamic-security.json");
        assertThat(services().get("mqtt-access").get("command")).asList()
                .containsExactly("init", "${MQTT_USER:-poweralgo}", "/run/secrets/mqtt-password");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    /** Secret mounts of a service: target file name to secret name (a short entry mounts under its own name). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> secretTargets(Map<String, Object> service) {
        List<Object> secrets = (List<Object>) service.getOrDefault("secrets", List.of());
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object secret : secrets) {
            if (secret instanceof Map<?, ?> mount) {
                targets.put((String) mount.get("target"), (String) mount.get("source"));
            } else {
                targets.put((String) secret, (String) secret);
            }
        }
        return targets;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.getOrDefault("environment", Map.of());
    }
}
