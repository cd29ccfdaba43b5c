package io.poweralgo.app.trading;

import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.RejectionDetails;
import io.poweralgo.market.agent.AgentOrders;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.function.Supplier;

/**
 * The agent's order commands through the command gateway. A market's refusal arrives, from whichever instance
 * handled the command, as a {@link CommandExecutionException} with {@link RejectionDetails}; it is thrown on as the
 * {@link DomainRejection} it was, which the agent expects. Other failures pass unchanged.
 */
public class GatewayAgentOrders implements AgentOrders {

    private final CommandGateway commands;

    public GatewayAgentOrders(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public OrderId place(PlaceOrder command) {
        return send(() -> commands.sendAndWait(command));
    }

    @Override
    public void amend(AmendOrder command) {
        send(() -> commands.sendAndWait(command));
    }

    @Override
    public void cancel(CancelOrder command) {
        send(() -> commands.sendAndWait(command));
    }

    private static <R> R send(Supplier<R> sending) {
        try {
            return sending.get();
        } catch (CommandExecutionException e) {
            if (e.getDetails().orElse(null) instanceof RejectionDetails refusal) {
                throw new DomainRejection(refusal.kind(), refusal.code(), refusal.message(), refusal.details());
            }
            throw e;
        }
    }
}
