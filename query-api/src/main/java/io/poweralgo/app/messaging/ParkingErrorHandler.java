package io.poweralgo.app.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A processor's answer to a handler that failed. A transient failure is thrown on, so the processor
 * rolls its batch back and handles it again later, as before. Any other failure would fail the
 * same way at every attempt and hold back every event of the segment behind it (every market whose
 * events hash there), so the event is parked instead: a row in {@code parked_event}, an ERROR log
 * line naming the market, the counter {@code poweralgo.processing.parked}, and {@link WhenParked}
 * for the market it concerned; then the processor goes on with the next event.
 * <p>
 * A failure counts as deterministic only when it repeats on fresh state. The first one is thrown
 * on like a transient one: the rollback evicts the aggregates the handler's commands loaded, so an
 * instance that decided on a stale cached aggregate (another instance appended meanwhile, e.g.
 * "Settlement … has no group 0" right after a crash) decides again on what is stored.
 */
public class ParkingErrorHandler implements ListenerInvocationErrorHandler {

    public static final String METRIC = "poweralgo.processing.parked";
    /** The association by which the settlement saga (and any saga of one market) knows its market. */
    static final String MARKET_ASSOCIATION = "marketId";

    private static final Logger log = LoggerFactory.getLogger(ParkingErrorHandler.class);
    /** Events that failed once, remembered until they fail again; bounded, oldest forgotten first. */
    private static final int REMEMBERED_FAILURES = 10_000;

    private final Set<String> failedOnce = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_FAILURES;
                }
            }));

    private final String processor;
    private final ParkedEvents parked;
    private final WhenParked whenParked;
    private final MeterRegistry metrics;
    private final Clock clock;

    public ParkingErrorHandler(String processor, ParkedEvents parked, WhenParked whenParked, MeterRegistry metrics,
                               Clock clock) {
        this.processor = processor;
        this.parked = parked;
        this.whenParked = whenParked;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void onError(Exception failure, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        if (ProcessingFailures.isTransient(failure)) {
            throw failure;
        }
        Throwable cause = rootCause(failure);
        if (failedOnce.add(event.getIdentifier())) {
            log.warn("event failed, handled again on fresh state before it is parked processor={} event={} type={}"
                    + " failure=\"{}\"", processor, event.getIdentifier(), event.getPayloadType().getName(), cause);
            throw failure;
        }
        failedOnce.remove(event.getIdentifier());
        MarketId market = marketOf(event, handler);
        String reason = "PROCESSING_FAILED: " + cause;
        log.error("event parked processor={} market={} event={} type={} failure=\"{}\"", processor, market,
                event.getIdentifier(), event.getPayloadType().getName(), cause, failure);
        parked.park(new ParkedEvent(processor, event.getIdentifier(), event.getPayloadType().getName(),
                market == null ? null : market.value(), cause.toString(), clock.instant()));
        metrics.counter(METRIC, "processor", processor).increment();
        if (market != null) {
            whenParked.parked(market, reason);
        }
    }

    /** The market an event is about, or the market of the saga that failed on it; null when neither says. */
    static MarketId marketOf(EventMessage<?> event, EventMessageHandler handler) {
        if (handler instanceof Saga<?> saga) {
            for (AssociationValue association : saga.getAssociationValues().asSet()) {
                if (MARKET_ASSOCIATION.equals(association.getKey())) {
                    return MarketId.parse(association.getValue());
                }
            }
        }
        try {
            return event.getPayload() instanceof MarketEvent about ? about.marketId() : null;
        } catch (RuntimeException unreadable) {
            // the payload itself may be what failed (it cannot be deserialized); the event is parked without a market
            return null;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
