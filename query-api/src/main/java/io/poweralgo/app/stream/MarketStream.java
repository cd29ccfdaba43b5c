package io.poweralgo.app.stream;

import io.poweralgo.api.market.MarketEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes market state changes to the server-sent-event clients connected to this instance. Its
 * processing group reads every event from the head of the store with a token kept in memory, so
 * each instance sees all changes, whichever instance made them.
 */
@ProcessingGroup(MarketStream.PROCESSING_GROUP)
public class MarketStream extends ServerSentStream<MarketStream.Audience> {

    public static final String PROCESSING_GROUP = "market-stream";

    /** Anyone may read the market stream: its clients share one audience. */
    enum Audience { ANYONE }

    public MarketStream(int maxClients) {
        super(new StreamClients<>("market", maxClients, maxClients));
    }

    public SseEmitter connect() {
        return clients.connect(Audience.ANYONE);
    }

    @EventHandler
    void on(MarketEvent event) {
        MarketChanges.of(event).ifPresent(change -> clients.send(anyone -> true, "market", change));
    }
}
