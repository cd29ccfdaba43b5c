package io.poweralgo.metering.broker;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A meter gateway's broker identity: its user name, its password hash and the meters it serves.
 * It may publish only to {@code poweralgo/meters/{meterId}/readings} of those meters, and
 * subscribe to nothing. {@value #EVERY_METER} stands for every meter: the simulator's gateway and
 * test benches, never a gateway in the field.
 */
public record MqttGateway(String username, PasswordHash passwordHash, List<String> meters) {

    public static final String EVERY_METER = "+";
    /** The meter id of the readings contract (docs/meter-readings.md). */
    private static final Pattern METER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");

    public MqttGateway {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("an MQTT gateway needs a user name of letters, digits and ._@- (got "
                    + username + ")");
        }
        if (passwordHash == null) {
            throw new IllegalArgumentException("MQTT gateway " + username + " needs a password hash");
        }
        meters = List.copyOf(meters == null ? List.of() : meters);
        if (meters.isEmpty()) {
            throw new IllegalArgumentException("MQTT gateway " + username + " serves no meter");
        }
        for (String meter : meters) {
            if (!EVERY_METER.equals(meter) && !METER_ID.matcher(meter).matches()) {
                throw new IllegalArgumentException("MQTT gateway " + username + ": " + meter + " is not a meter id");
            }
        }
    }

    /** The topics this gateway may publish to. */
    public List<String> publishTopics() {
        return meters.stream().map(BrokerAccess::readingsTopic).toList();
    }
}
