package io.poweralgo.app.web;

import io.poweralgo.api.market.CloseGate;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.market.agent.AgentRun;
import io.poweralgo.market.agent.TradingAgentRunner;
import io.poweralgo.market.query.MarketQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Default profile only: close a gate now, so a demo need not wait for the delivery hour; run the trading agent in a
 * market now, so a simulation need not wait for its lead before gate closure.
 */
@RestController
@Profile("default")
@Tag(name = "Dev tokens")
public class DevMarketController {

    private static final Logger log = LoggerFactory.getLogger(DevMarketController.class);

    private final CommandGateway commands;
    private final MarketQueries markets;
    private final TradingAgentRunner agent;

    public DevMarketController(CommandGateway commands, MarketQueries markets, TradingAgentRunner agent) {
        this.commands = commands;
        this.markets = markets;
        this.agent = agent;
    }

    @PostMapping("/api/dev/markets/{marketId}/close-gate")
    @Operation(summary = "Close the market's gate and clear it now (ADMIN, default profile only)")
    public MarketResponses.GateClosure closeGate(@PathVariable String marketId) {
        MarketId market = MarketId.parse(marketId);
        MarketState state = commands.sendAndWait(new CloseGate(market));
        log.info("gate closed early market={} state={}", market, state);
        return new MarketResponses.GateClosure(market.value(), state);
    }

    @PostMapping("/api/dev/markets/{marketId}/trading-agent")
    @Operation(summary = "Run the automatic trading agent in the open market now, whatever its lead"
                         + " (ADMIN, default profile only)")
    public MarketResponses.AgentRun runTradingAgent(@PathVariable String marketId) {
        MarketId id = MarketId.parse(marketId);
        MarketView market = markets.market(id).orElseThrow(() -> new NotFoundException("No market " + marketId));
        if (market.state() != MarketState.OPEN) {
            throw new DomainRejection(DomainRejection.Kind.CONFLICT, "MARKET_NOT_OPEN",
                    "Market " + id + " is " + market.state() + "; the agent trades only while it is OPEN",
                    Map.of("state", market.state().name()));
        }
        AgentRun run = agent.run(market);
        return new MarketResponses.AgentRun(id.value(), run.placed(), run.amended(), run.cancelled(), run.unchanged());
    }
}
