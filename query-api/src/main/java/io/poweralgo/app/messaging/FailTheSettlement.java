package io.poweralgo.app.messaging;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.settlement.FailSettlement;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The settlement saga's processor parked an event of a market: that market's settlement cannot go
 * on, so it becomes SETTLEMENT_FAILED with the reason, where the regulator sees it and an admin can
 * retry it once the cause is removed.
 */
public class FailTheSettlement implements WhenParked {

    private final CommandGateway commands;

    public FailTheSettlement(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void parked(MarketId market, String reason) {
        commands.sendAndWait(new FailSettlement(market, reason));
    }
}
