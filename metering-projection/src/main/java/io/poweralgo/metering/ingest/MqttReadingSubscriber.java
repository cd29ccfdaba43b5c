package io.poweralgo.metering.ingest;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes to {@value MqttSettings#SHARED_READINGS_FILTER} (QoS 1) over several connections,
 * each with its own persistent session ({@code clientId-0}, {@code clientId-1}, ...), reconnecting
 * by themselves. A message is acknowledged only once its reading is recorded, ignored as a
 * duplicate or dead-lettered, so readings in flight when the app stops come again from the broker
 * and are then recognised as duplicates. Brokers bound the unacknowledged messages per
 * connection (HiveMQ CE to 50, Mosquitto to 20 by default); since a reading is acknowledged only
 * once it is stored, throughput per connection is that window divided by the time to store, and
 * more connections are what lets ingestion keep up with thousands of meters.
 */
public class MqttReadingSubscriber implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MqttReadingSubscriber.class);

    private final MqttSettings settings;
    private final ReadingIntake intake;
    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

    public MqttReadingSubscriber(MqttSettings settings, ReadingIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    /** Connects in the background: the app starts even while the broker is unreachable. */
    public synchronized void start() {
        for (int i = 0; i < settings.connections(); i++) {
            clients.add(connect(settings.clientId() + "-" + i));
        }
    }

    private Mqtt5AsyncClient connect(String clientId) {
        Mqtt5AsyncClient[] self = new Mqtt5AsyncClient[1];
        Mqtt5ClientBuilder builder = MqttClient.builder()
                                               .useMqttVersion5()
                                               .identifier(clientId)
                                               .serverHost(settings.brokerUri().getHost())
                                               .serverPort(settings.port())
                                               .automaticReconnect()
                                               .initialDelay(250, TimeUnit.MILLISECONDS)
                                               .maxDelay(5, TimeUnit.SECONDS)
                                               .applyAutomaticReconnect()
                                               .addConnectedListener(context -> onConnected(self[0], clientId))
                                               .addDisconnectedListener(context -> {
                                                   subscribed.remove(clientId);
                                                   log.warn("MQTT ingestion disconnected broker={} clientId={} cause={}",
                                                           settings.brokerUri(), clientId, context.getCause().getMessage());
                                               });
        if (settings.tls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            builder = builder.simpleAuth()
                             .username(settings.username())
                             .password(settings.password() == null ? new byte[0]
                                     : settings.password().getBytes(StandardCharsets.UTF_8))
                             .applySimpleAuth();
        }
        Mqtt5AsyncClient client = builder.buildAsync();
        self[0] = client;
        // registered before connecting, so that messages the broker kept for the session are not missed
        client.publishes(MqttGlobalPublishFilter.ALL, this::onPublish, true);
        client.connectWith()
              .cleanStart(false)
              .sessionExpiryInterval(settings.sessionExpiry().toSeconds())
              .restrictions().receiveMaximum(settings.receiveMaximum()).applyRestrictions()
              .send()
              .whenComplete((connAck, error) -> {
                  if (error != null) {
                      log.warn("MQTT ingestion cannot connect yet broker={} clientId={} cause={}; retrying",
                              settings.brokerUri(), clientId, error.getMessage());
                  }
              });
        return client;
    }

    /** True when every connection is up. */
    public synchronized boolean connected() {
        return !clients.isEmpty() && clients.stream().allMatch(client -> client.getState().isConnected());
    }

    /** True when every connection is up and the broker has confirmed its subscription: readings flow. */
    public boolean ready() {
        return connected() && subscribed.size() == settings.connections();
    }

    public int connections() {
        return settings.connections();
    }

    public int subscribedConnections() {
        return subscribed.size();
    }

    private void onConnected(Mqtt5AsyncClient client, String clientId) {
        log.info("MQTT ingestion connected broker={} clientId={}", settings.brokerUri(), clientId);
        client.subscribeWith()
              .topicFilter(MqttSettings.SHARED_READINGS_FILTER)
              .qos(MqttQos.AT_LEAST_ONCE)
              .send()
              .whenComplete((subAck, error) -> {
                  if (error != null) {
                      log.error("MQTT ingestion cannot subscribe clientId={} filter={} cause={}", clientId,
                              MqttSettings.SHARED_READINGS_FILTER, error.getMessage());
                  } else {
                      subscribed.add(clientId);
                  }
              });
    }

    private void onPublish(Mqtt5Publish publish) {
        String topic = publish.getTopic().toString();
        String topicMeterId = MqttSettings.meterIdOf(topic);
        intake.submit(publish.getPayloadAsBytes(), topic, topicMeterId == null ? topic : topicMeterId)
              .whenComplete((verdict, error) -> {
                  if (error == null) {
                      publish.acknowledge();
                  } else {
                      log.error("meter reading from topic={} could not be recorded nor dead-lettered; left unacknowledged"
                              + " for redelivery: {}", topic, error.toString());
                  }
              });
    }

    @Override
    public synchronized void close() {
        clients.stream()
               .map(client -> client.disconnect().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null))
               .toList()
               .forEach(CompletableFuture::join);
        clients.clear();
    }
}
