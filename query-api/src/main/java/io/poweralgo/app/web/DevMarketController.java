package io.poweralgo.app.web;

import io.poweralgo.api.market.CloseGate;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Default profile only: close a gate now, so a demo need not wait for the delivery hour. */
@RestController
@Profile("default")
@Tag(name = "Dev tokens")
public class DevMarketController {

    private static final Logger log = LoggerFactory.getLogger(DevMarketController.class);

    private final CommandGateway commands;

    public DevMarketController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/dev/markets/{marketId}/close-gate")
    @Operation(summary = "Close the market's gate and clear it now (ADMIN, default profile only)")
    public MarketResponses.GateClosure closeGate(@PathVariable String marketId) {
        MarketId market = MarketId.parse(marketId);
        MarketState state = commands.sendAndWait(new CloseGate(market));
        log.info("gate closed early market={} state={}", market, state);
        return new MarketResponses.GateClosure(market.value(), state);
    }
}
