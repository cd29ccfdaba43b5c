package io.poweralgo.app.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.messaging.RejectionDetailsInterceptor;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agent learns of a market's refusal as the domain rejection it was, however the bus carried it back. */
class GatewayAgentOrdersTest {

    private static final CancelOrder CANCEL = new CancelOrder(new MarketId(new MicrogridId("mg-1"),
            Instant.parse("2026-12-03T13:00:00Z")), new OrderId("o-1"), new ParticipantId("alice"));

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final GatewayAgentOrders orders =
            new GatewayAgentOrders(DefaultCommandGateway.builder().commandBus(bus).build());

    @Test
    void a_refusal_sent_back_as_rejection_details_is_thrown_as_the_domain_rejection() {
        bus.registerHandlerInterceptor(new RejectionDetailsInterceptor());
        bus.subscribe(CancelOrder.class.getName(), command -> {
            throw new DomainRejection(DomainRejection.Kind.CONFLICT, "MARKET_NOT_OPEN", "Market is GATE_CLOSED",
                    Map.of("state", "GATE_CLOSED"));
        });

        assertThatThrownBy(() -> orders.cancel(CANCEL))
                .isInstanceOfSatisfying(DomainRejection.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo("MARKET_NOT_OPEN");
                    assertThat(rejection.details()).containsEntry("state", "GATE_CLOSED");
                });
    }

    @Test
    void any_other_failure_passes_unchanged() {
        bus.subscribe(CancelOrder.class.getName(), command -> {
            throw new IllegalStateException("database away");
        });

        assertThatThrownBy(() -> orders.cancel(CANCEL)).isInstanceOf(IllegalStateException.class)
                                                       .hasMessage("database away");
    }
}
