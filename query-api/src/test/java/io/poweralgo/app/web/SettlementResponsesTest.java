package io.poweralgo.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.app.service.StatementOrders;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement keeps every field where it was, flat, and gains its orders. */
class SettlementResponsesTest {

    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-01T10:00:00Z"));
    private static final Instant END = MARKET.deliveryStart().plusSeconds(3_600);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_statement_keeps_its_fields_flat_and_lists_its_orders_last() {
        StatementView view = new StatementView("alice", MARKET.value(), MARKET.deliveryStart(), END, "SETTLED", "BUY",
                600, 700, 600, 150_000, -90_000, 100, 0, 300_000, 80_000, -30_000, 0, -90_000, false, List.of());
        OrderView order = new OrderView(new OrderId("o-1"), MARKET, new ParticipantId("alice"), Side.BUY,
                Energy.ofWh(600), Price.perKwh(250_000), OrderSource.automaticClientOrderId(MARKET), OrderStatus.FILLED,
                Energy.ofWh(600), END, END, OrderSource.AUTOMATIC);

        JsonNode statement = json.valueToTree(SettlementResponses.Statement.of(new StatementOrders(view, List.of(order))));

        assertThat(statement.properties()).extracting(Map.Entry::getKey).containsExactlyElementsOf(expectedFields());
        assertThat(statement.get("orders").get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("orderId", "side", "source", "clientOrderId", "quantityWh", "limitPricePerKwh",
                        "clearedWh", "status");
        assertThat(statement.at("/orders/0/source").asText()).isEqualTo("AUTOMATIC");
        assertThat(statement.at("/orders/0/clientOrderId").asText()).isEqualTo("auto:" + MARKET.value());
    }

    @Test
    void the_openapi_schema_of_a_statement_is_flat_too() {
        Map<String, Schema> schemas = ModelConverters.getInstance().readAll(SettlementResponses.Statement.class);

        Map<String, Schema> properties = schemas.get("Statement").getProperties();
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(expectedFields());
    }

    private static List<String> expectedFields() {
        List<String> fields = new ArrayList<>(Arrays.stream(StatementView.class.getRecordComponents())
                                                    .map(RecordComponent::getName).toList());
        fields.add("orders");
        return fields;
    }
}
