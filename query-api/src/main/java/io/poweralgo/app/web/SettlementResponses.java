package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.app.service.StatementOrders;

import java.util.List;

/** JSON the settlement endpoints answer with. */
final class SettlementResponses {

    private SettlementResponses() {
    }

    /** A statement's fields as they always were, followed by the participant's orders in its market. */
    record Statement(@JsonUnwrapped StatementView statement, List<StatementOrder> orders) {

        static Statement of(StatementOrders joined) {
            return new Statement(joined.statement(), joined.orders().stream().map(StatementOrder::of).toList());
        }
    }

    /** source tells an order the trading agent placed (AUTOMATIC) from one placed by hand (MANUAL). */
    record StatementOrder(String orderId, Side side, OrderSource source, String clientOrderId, long quantityWh,
                          long limitPricePerKwh, long clearedWh, OrderStatus status) {

        static StatementOrder of(OrderView view) {
            return new StatementOrder(view.orderId().value(), view.side(), view.source(), view.clientOrderId(),
                    view.quantity().wh(), view.limit().microPerKwh(), view.cleared().wh(), view.status());
        }
    }
}
