package io.poweralgo.market.query;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementTarget;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SequencingByMarketTest {

    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-04T10:00:00Z"));

    private final SequencingByMarket policy = new SequencingByMarket();

    @Test
    void a_market_and_its_settlement_are_one_sequence() {
        Object gateClosed = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Market", MARKET.value(), 1, new GateClosed(MARKET)));
        Object settled = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("MarketSettlement",
                SettlementTarget.of(MARKET), 3, new MarketSettled(MARKET, 0, 0, 0, 0)));

        assertThat(gateClosed).isEqualTo(settled).isEqualTo("mg-1:2026-12-04T10:00Z");
    }

    @Test
    void other_events_keep_one_sequence_per_aggregate() {
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Microgrid", "mg-1", 0,
                new TariffsSet(new MicrogridId("mg-1"), null, null)))).isEqualTo("mg-1");
    }
}
