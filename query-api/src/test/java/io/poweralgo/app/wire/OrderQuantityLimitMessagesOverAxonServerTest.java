package io.poweralgo.app.wire;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.SetOrderQuantityLimit;
import io.poweralgo.api.participant.AdminId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A microgrid's largest order as the event store and Axon Server carry it: back equal, stored in whole Wh. */
class OrderQuantityLimitMessagesOverAxonServerTest {

    private static final AppSerializers WIRE = AppSerializers.ofTheApp();
    private static final MicrogridId MICROGRID = new MicrogridId("mg-1");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final OrderQuantityLimit HALF_MWH = new OrderQuantityLimit(500_000);

    static Stream<Object> messages() {
        return Stream.of(new SetOrderQuantityLimit(MICROGRID, HALF_MWH, ADMIN),
                new OrderQuantityLimitSet(MICROGRID, HALF_MWH, ADMIN),
                new OrderQuantityLimitSet(MICROGRID, new OrderQuantityLimit(OrderQuantityLimit.CEILING), ADMIN));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_message_crosses_the_wire_unchanged(Object message) {
        WIRE.carryAcrossTheWire(message);
    }

    @Test
    void the_stored_event_carries_the_limit_in_wh() {
        byte[] stored = WIRE.carryAcrossTheWire(new OrderQuantityLimitSet(MICROGRID, HALF_MWH, ADMIN));

        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"maxWh\":500000");
    }
}
