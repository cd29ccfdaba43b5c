package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a registered participant; also the subject of the participant's tokens. */
public record ParticipantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ParticipantId {
        Require.matches("participantId", value, FORMAT, "1-64 letters, digits, '.', '_' or '-'");
    }

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID().toString());
    }

    /** Axon keys the aggregate's event stream by this string. */
    @Override
    public String toString() {
        return value;
    }
}
