package io.poweralgo.metering.broker;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may use the embedded broker, and for what. The platform's ingestion, under its own user
 * name and password, may only subscribe to the readings in the shared group {@value #SHARE_GROUP};
 * each meter gateway may only publish the readings of its own meters. Anyone else is refused at
 * CONNECT. A client id starting with the platform's prefix names one of the platform's persistent
 * sessions, which hold its subscription and the readings queued for it, so no one else may take it.
 */
public final class BrokerAccess {

    public static final String READINGS_FILTER = "poweralgo/meters/+/readings";
    public static final String SHARE_GROUP = "poweralgo";

    private final String platformUsername;
    private final PasswordHash platformPassword;
    private final String platformClientIdPrefix;
    private final Map<String, MqttGateway> gateways;
    /** Checked against for unknown users, so that a refusal takes as long whether or not the name exists. */
    private final PasswordHash decoy;

    public BrokerAccess(String platformUsername, PasswordHash platformPassword, String platformClientIdPrefix,
                        List<MqttGateway> gateways) {
        if (platformUsername == null || platformUsername.isBlank() || platformPassword == null) {
            throw new IllegalArgumentException("the embedded broker needs the platform's user name and password");
        }
        if (platformClientIdPrefix == null || platformClientIdPrefix.isBlank()) {
            throw new IllegalArgumentException("the embedded broker needs the platform's client id prefix");
        }
        this.platformUsername = platformUsername;
        this.platformPassword = platformPassword;
        this.platformClientIdPrefix = platformClientIdPrefix;
        this.gateways = gateways.stream().collect(Collectors.toUnmodifiableMap(MqttGateway::username, Function.identity()));
        if (this.gateways.containsKey(platformUsername)) {
            throw new IllegalArgumentException("MQTT gateway " + platformUsername + " has the platform's user name");
        }
        this.decoy = platformPassword;
    }

    public static String readingsTopic(String meterId) {
        return "poweralgo/meters/" + meterId + "/readings";
    }

    /** What the client may do once connected, or why it is refused. */
    public Decision decide(String username, char[] password, String clientId) {
        if (username == null || password == null) {
            return Decision.refused("no user name and password");
        }
        if (username.equals(platformUsername)) {
            return platformPassword.matches(password) ? Decision.platform() : Decision.refused("wrong password");
        }
        MqttGateway gateway = gateways.get(username);
        if (gateway == null) {
            decoy.matches(password);
            return Decision.refused("unknown user");
        }
        if (!gateway.passwordHash().matches(password)) {
            return Decision.refused("wrong password");
        }
        if (clientId.startsWith(platformClientIdPrefix)) {
            return Decision.refused("client id of the platform's sessions");
        }
        return Decision.gateway(gateway.publishTopics());
    }

    /**
     * A CONNECT's outcome: refused with a reason for the log, or accepted with the topics the client
     * may publish to and whether it may take readings from the shared subscription.
     */
    public record Decision(boolean accepted, String refusal, List<String> publishTopics, boolean subscribesToReadings) {

        static Decision refused(String reason) {
            return new Decision(false, reason, List.of(), false);
        }

        static Decision platform() {
            return new Decision(true, null, List.of(), true);
        }

        static Decision gateway(List<String> topics) {
            return new Decision(true, null, topics, false);
        }
    }
}
