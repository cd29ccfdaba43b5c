package io.poweralgo.metering.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/**
 * A HiveMQ Community Edition broker inside the app (default profile) or a test. Sessions and
 * queued QoS 1 messages live under its data folder, so they survive a restart of the broker.
 * Only the platform and the meter gateways of {@link BrokerAccess} may connect, each to do only
 * what it is granted. Anonymous usage statistics are off; logging is the app's own.
 */
public final class EmbeddedMqttBroker implements AutoCloseable {

    /**
     * Messages the broker keeps per session (and per shared subscription) while the app is slower
     * than its meters or away. HiveMQ's default of 1,000 would drop readings in a burst or a
     * restart; this is about 40 hours of 1,000 meters reading every 15 seconds.
     */
    static final long MAX_QUEUED_MESSAGES = 10_000_000;

    private final int port;
    private final String bindAddress;
    private final Path home;
    private final BrokerAccess access;
    private EmbeddedHiveMQ hivemq;

    public EmbeddedMqttBroker(int port, String bindAddress, Path home, BrokerAccess access) {
        this.port = port;
        this.bindAddress = bindAddress;
        this.home = home;
        this.access = access;
    }

    public synchronized void start() {
        try {
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("config.xml"), configXml());
            hivemq = EmbeddedHiveMQ.builder()
                                   .withConfigurationFolder(conf)
                                   .withDataFolder(Files.createDirectories(home.resolve("data")))
                                   .withExtensionsFolder(Files.createDirectories(home.resolve("extensions")))
                                   .withEmbeddedExtension(accessControl())
                                   .withoutLoggingBootstrap()
                                   .build();
            hivemq.start().get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded MQTT broker under " + home, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded MQTT broker did not start on " + bindAddress + ":" + port, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded MQTT broker", e);
        }
    }

    private EmbeddedExtension accessControl() {
        return EmbeddedExtension.builder()
                                .withId("poweralgo-access-control")
                                .withName("PowerAlgo access control")
                                .withVersion("1")
                                .withPriority(1_000)
                                .withStartPriority(1_000)
                                .withExtensionMain(new AccessControlExtension(access))
                                .build();
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://" + bindAddress + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (hivemq == null) {
            return;
        }
        try {
            hivemq.stop().get();
            hivemq.close();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded MQTT broker did not stop cleanly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            hivemq = null;
        }
    }

    private String configXml() {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <mqtt>
                        <queued-messages>
                            <max-queue-size>%d</max-queue-size>
                            <strategy>discard</strategy>
                        </queued-messages>
                    </mqtt>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, bindAddress, MAX_QUEUED_MESSAGES);
    }
}
