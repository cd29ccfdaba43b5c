package io.poweralgo.app.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The server-sent-event clients of one stream on this instance, each connected for an audience
 * (who it may hear). Bounded twice: {@code maxClients} in all, so the streams cannot exhaust the
 * server's threads and memory, and {@code maxPerAudience}, so one audience cannot take them all.
 */
public final class StreamClients<A> {

    private static final Logger log = LoggerFactory.getLogger(StreamClients.class);
    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final String stream;
    private final int maxClients;
    private final int maxPerAudience;
    private final Map<SseEmitter, A> clients = new ConcurrentHashMap<>();

    public StreamClients(String stream, int maxClients, int maxPerAudience) {
        this.stream = stream;
        this.maxClients = maxClients;
        this.maxPerAudience = maxPerAudience;
    }

    /** Refuses with {@link StreamClientsExceeded} past either limit; counting and adding are one step. */
    public SseEmitter connect(A audience) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        synchronized (clients) {
            if (clients.size() >= maxClients) {
                throw new StreamClientsExceeded(stream, StreamClientsExceeded.Limit.INSTANCE, maxClients);
            }
            if (clients.values().stream().filter(audience::equals).count() >= maxPerAudience) {
                throw new StreamClientsExceeded(stream, StreamClientsExceeded.Limit.AUDIENCE, maxPerAudience);
            }
            clients.put(emitter, audience);
        }
        emitter.onCompletion(() -> clients.remove(emitter));
        emitter.onTimeout(() -> clients.remove(emitter));
        emitter.onError(error -> clients.remove(emitter));
        try {
            // commits the response at once, so the client knows it is connected before any change
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            clients.remove(emitter);
        }
        return emitter;
    }

    /** Sends the event to every client whose audience the predicate accepts. */
    public void send(Predicate<? super A> to, String name, Object data) {
        clients.forEach((client, audience) -> {
            if (!to.test(audience)) {
                return;
            }
            try {
                client.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                clients.remove(client);
                log.debug("stream client disconnected stream={} reason=\"{}\"", stream, gone.getMessage());
            }
        });
    }

    /** Ends every stream, so that clients reconnect to another instance. */
    public void completeAll() {
        clients.keySet().forEach(SseEmitter::complete);
        clients.clear();
    }
}
