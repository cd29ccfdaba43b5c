package io.poweralgo.market.agent;

import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.PlaceOrder;

/** Port: the market's order commands as the agent sends them; a refusal is thrown as a {@code DomainRejection}. */
public interface AgentOrders {

    /** @return the id of the order, an earlier one's if the market already has the client order id */
    OrderId place(PlaceOrder command);

    void amend(AmendOrder command);

    void cancel(CancelOrder command);
}
