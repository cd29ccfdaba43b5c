package io.poweralgo.app.stream;

import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes market state changes to the server-sent-event clients connected to this instance. Its
 * processing group reads every event from the head of the store with a token kept in memory, so
 * each instance sees all changes, whichever instance made them.
 */
@Component
@ProcessingGroup(MarketStream.PROCESSING_GROUP)
public class MarketStream implements SmartLifecycle {

    public static final String PROCESSING_GROUP = "market-stream";
    private static final Logger log = LoggerFactory.getLogger(MarketStream.class);
    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final Set<SseEmitter> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public SseEmitter connect() {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        clients.add(emitter);
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

    @Override
    public void start() {
        running = true;
    }

    /** Ends the streams before the web server's graceful shutdown waits for them; clients reconnect elsewhere. */
    @Override
    public void stop() {
        running = false;
        clients.forEach(SseEmitter::complete);
        clients.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @EventHandler
    void on(MarketOpened event) {
        publish(change(event.marketId(), MarketState.OPEN));
    }

    @EventHandler
    void on(GateClosed event) {
        publish(change(event.marketId(), MarketState.GATE_CLOSED));
    }

    @EventHandler
    void on(MarketCleared event) {
        Map<String, Object> change = change(event.marketId(), MarketState.CLEARED);
        change.put("clearingPricePerKwh", event.clearingPrice() == null ? null : event.clearingPrice().microPerKwh());
        change.put("clearedVolumeWh", event.volume().wh());
        publish(change);
    }

    @EventHandler
    void on(MarketClearingFailed event) {
        Map<String, Object> change = change(event.marketId(), MarketState.SETTLEMENT_FAILED);
        change.put("settlementFailure", event.reason());
        publish(change);
    }

    @EventHandler
    void on(SettlementOpened event) {
        publish(change(event.marketId(), MarketState.SETTLING));
    }

    @EventHandler
    void on(SettlementRetryRequested event) {
        publish(change(event.marketId(), MarketState.SETTLING));
    }

    @EventHandler
    void on(MarketSettled event) {
        publish(change(event.marketId(), MarketState.SETTLED));
    }

    @EventHandler
    void on(SettlementFailed event) {
        Map<String, Object> change = change(event.marketId(), MarketState.SETTLEMENT_FAILED);
        change.put("settlementFailure", event.reason());
        publish(change);
    }

    private static Map<String, Object> change(MarketId market, MarketState state) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("marketId", market.value());
        change.put("microgridId", market.microgridId().value());
        change.put("deliveryStart", market.deliveryStart().toString());
        change.put("state", state.name());
        return change;
    }

    private void publish(Map<String, Object> change) {
        for (SseEmitter client : clients) {
            try {
                client.send(SseEmitter.event().name("market").data(change, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                clients.remove(client);
                log.debug("market stream client disconnected reason=\"{}\"", gone.getMessage());
            }
        }
    }
}
