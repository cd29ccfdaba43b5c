package io.poweralgo.app;

import io.poweralgo.simulator.meter.MqttCredentials;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole application started as {@code java -jar} would start it, on a free HTTP port and a free
 * read-model port, with its data in the given folder. Stopping and starting again on the same
 * folder is a restart.
 */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new Api("http://127.0.0.1:" + port);
    }

    public static RunningApp start(Path dataDir, String... extraProperties) {
        return start(dataDir, new String[0], extraProperties);
    }

    public static RunningApp start(Path dataDir, String[] profiles, String... extraProperties) {
        return start(dataDir, profiles, new Class<?>[0], extraProperties);
    }

    /** With further configuration sources, e.g. a test's bean that replaces or wraps one of the app's. */
    public static RunningApp start(Path dataDir, String[] profiles, Class<?>[] sources, String... extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("poweralgo.data-dir", dataDir.toString());
        properties.put("poweralgo.embedded.mongo-port", "0");
        // most tests leave MQTT out (the broker adds seconds to every start); metering tests turn it on
        properties.put("poweralgo.mqtt.enabled", "false");
        properties.put("poweralgo.embedded.mqtt-port", Integer.toString(freePort()));
        properties.put("poweralgo.embedded.ledger-port", "0");
        properties.put("poweralgo.registration.requests-per-minute", "10000");
        properties.put("logging.config", "classpath:logback-test.xml");
        for (String property : extraProperties) {
            int eq = property.indexOf('=');
            properties.put(property.substring(0, eq), property.substring(eq + 1));
        }
        // command-line arguments outrank application.yml, as they would for an operator
        String[] args = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                                  .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PowerAlgoApplication.class)
                .sources(sources)
                .profiles(profiles)
                .run(args);
        return new RunningApp(context);
    }

    /**
     * The embedded broker's simulator gateway of the app whose data is in {@code dataDir} (default
     * profile): anonymous gateways are refused.
     */
    public static MqttCredentials simulatorGateway(Path dataDir) {
        try {
            return MqttCredentials.of("simulator",
                    java.nio.file.Files.readString(dataDir.resolve("mqtt-simulator.password")).strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A port free right now; HiveMQ CE cannot be asked which port it took for 0. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int beanCount(Class<?> type) {
        return context.getBeansOfType(type).size();
    }

    public JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    public long eventCount() {
        return jdbc().queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    public long eventCount(String aggregateId) {
        return jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    @Override
    public void close() {
        context.close();
    }
}
