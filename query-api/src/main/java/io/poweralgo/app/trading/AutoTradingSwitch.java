package io.poweralgo.app.trading;

import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.market.agent.TradingAgentRunner;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;

/**
 * Turning automatic trading off cancels the agent's open orders at once, rather than at each market's next run. A
 * side effect, so never replayed; and only orders placed up to the switch go, so a switch handled late (or twice)
 * does not cancel what the agent placed after automatic trading was turned on again. The placement times and the
 * event's time are both the event store's timestamps.
 */
@ProcessingGroup(AutoTradingSwitch.PROCESSING_GROUP)
@DisallowReplay
public class AutoTradingSwitch {

    public static final String PROCESSING_GROUP = "trading-agent-switch";

    private final TradingAgentRunner agent;

    public AutoTradingSwitch(TradingAgentRunner agent) {
        this.agent = agent;
    }

    @EventHandler
    void on(TradingPreferencesSet event, @Timestamp Instant at) {
        if (!event.preferences().autoTrading()) {
            agent.cancelAutomaticOrders(event.participantId(), at);
        }
    }
}
