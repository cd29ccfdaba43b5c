package io.poweralgo.simulator.meter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user name and password a gateway connects with. {@link #NONE} connects anonymously, which
 * only a broker that allows anonymous clients (a developer's local Mosquitto) accepts.
 */
public record MqttCredentials(String username, String password) {

    public static final MqttCredentials NONE = new MqttCredentials(null, null);

    public MqttCredentials {
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (username == null) {
            password = null;
        }
    }

    public static MqttCredentials of(String username, String password) {
        return new MqttCredentials(username, password == null ? "" : password);
    }

    /**
     * From the command-line options {@code mqtt-username} and {@code mqtt-password}, or
     * {@code mqtt-password-file} (keeps the password out of the process list; the embedded broker
     * writes its simulator gateway's password to {@code data/mqtt-simulator.password}).
     */
    public static MqttCredentials fromOptions(Map<String, String> options) {
        String username = options.get("mqtt-username");
        String passwordFile = options.get("mqtt-password-file");
        if (passwordFile == null) {
            return of(username, options.get("mqtt-password"));
        }
        try {
            return of(username, Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MQTT password file " + passwordFile, e);
        }
    }

    public boolean anonymous() {
        return username == null;
    }

    @Override
    public String toString() {
        return anonymous() ? "anonymous" : "user " + username;
    }
}
