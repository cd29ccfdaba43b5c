package io.poweralgo.app.stream;

/** A stream refused a client: this instance has as many as it takes, or the audience has its share. */
public class StreamClientsExceeded extends RuntimeException {

    /** INSTANCE: all clients of the stream on this instance; AUDIENCE: one audience's (a participant's). */
    public enum Limit { INSTANCE, AUDIENCE }

    private final Limit limit;

    public StreamClientsExceeded(String stream, Limit limit, int max) {
        super(limit == Limit.INSTANCE
                ? "The " + stream + " stream has " + max + " clients on this instance; try again later"
                : "At most " + max + " clients may hold the " + stream + " stream at once; close one first");
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
