package io.poweralgo.app.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OrderPlaced} gained its {@code source} with automatic trading; the events stored before have
 * no such field and must read, with the app's serializer, as what they were: manual orders.
 */
class OrderSourceOfStoredEventsTest {

    private static final AppSerializers APP = AppSerializers.ofTheApp();
    private static final Serializer EVENTS = APP.messages();
    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-03T13:00:00Z"));

    @Test
    void an_order_placed_event_stored_before_orders_had_a_source_reads_as_manual() throws Exception {
        OrderPlaced current = placed(OrderSource.AUTOMATIC);
        ObjectNode stored = (ObjectNode) APP.json().readTree(EVENTS.serialize(current, byte[].class).getData());
        stored.remove("source");

        OrderPlaced old = EVENTS.deserialize(new SimpleSerializedObject<>(
                new ObjectMapper().writeValueAsBytes(stored), byte[].class,
                new SimpleSerializedType(OrderPlaced.class.getName(), null)));

        assertThat(new String(new ObjectMapper().writeValueAsBytes(stored), StandardCharsets.UTF_8)).doesNotContain("source");
        assertThat(old).isEqualTo(placed(OrderSource.MANUAL));
    }

    @Test
    void an_order_placed_event_keeps_its_source() {
        OrderPlaced automatic = placed(OrderSource.AUTOMATIC);
        SerializedObject<byte[]> stored = EVENTS.serialize(automatic, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"source\":\"AUTOMATIC\"");
        assertThat((Object) EVENTS.deserialize(stored)).isEqualTo(automatic);
    }

    private static OrderPlaced placed(OrderSource source) {
        return new OrderPlaced(MARKET, new OrderId("order-1"), new ParticipantId("alice"), Side.BUY, Energy.ofWh(1_000),
                Price.perKwh(200_000), "auto:mg-1:2026-12-03T13:00Z", 7, source);
    }
}
