package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.TradedPosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The settlement book of saga fixture tests, in memory; {@link JdbcSettlementBookTest} covers the real one. */
final class InMemorySettlementBook implements SettlementBook {

    private final Map<MarketId, List<TradedPosition>> positions = new HashMap<>();
    private final Map<MarketId, Map<ParticipantId, AlgorandAddress>> accounts = new HashMap<>();
    private final Map<MarketId, Map<String, MeteredEnergy>> hours = new HashMap<>();

    @Override
    public void open(MarketId market, List<TradedPosition> positions, List<SettlementParty> parties,
                     List<MeteredEnergy> expected) {
        this.positions.put(market, List.copyOf(positions));
        Map<ParticipantId, AlgorandAddress> addresses = new LinkedHashMap<>();
        parties.forEach(party -> addresses.put(party.participant(), party.address()));
        accounts.put(market, addresses);
        Map<String, MeteredEnergy> open = new TreeMap<>();
        expected.forEach(e -> open.put(new MeterHourId(e.meterId(), e.hourStart()).value(), e));
        hours.put(market, open);
    }

    @Override
    public int close(MarketId market, MeterHourId meterHour, ParticipantId holder, long importWh, long exportWh,
                     IntervalQuality quality) {
        Map<String, MeteredEnergy> book = hours.get(market);
        MeteredEnergy expected = book.get(meterHour.value());
        if (expected != null && expected.missing() && expected.participant().equals(holder)) {
            book.put(meterHour.value(), new MeteredEnergy(expected.participant(), expected.meterId(), expected.hourStart(),
                    importWh, exportWh, quality, false));
        }
        return (int) book.values().stream().filter(MeteredEnergy::missing).count();
    }

    @Override
    public List<TradedPosition> positions(MarketId market) {
        return positions.get(market);
    }

    @Override
    public Map<ParticipantId, AlgorandAddress> accounts(MarketId market) {
        return accounts.get(market);
    }

    @Override
    public List<MeteredEnergy> metered(MarketId market) {
        return new ArrayList<>(hours.get(market).values());
    }
}
