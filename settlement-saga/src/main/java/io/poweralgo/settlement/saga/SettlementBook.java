package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.TradedPosition;

import java.util.List;
import java.util.Map;

/**
 * The working papers of a market's settlement: its positions, its traders' accounts and every
 * meter-hour it waits for, open or closed. Kept outside the saga's serialized state, which a
 * saga rewrites on every event it handles; implementations join the caller's transaction.
 */
public interface SettlementBook {

    /** Starts the market's papers, replacing any left by an earlier attempt. Each expected hour starts open. */
    void open(MarketId market, List<TradedPosition> positions, List<SettlementParty> parties, List<MeteredEnergy> expected);

    /**
     * Records a closed meter-hour of {@code holder} (an hour closed before is left as first
     * recorded; the hour of another holder of the same meter is no trader's here).
     *
     * @return how many of the market's meter-hours are still open
     */
    int close(MarketId market, MeterHourId meterHour, ParticipantId holder, long importWh, long exportWh,
              IntervalQuality quality);

    List<TradedPosition> positions(MarketId market);

    Map<ParticipantId, AlgorandAddress> accounts(MarketId market);

    /** Every expected meter-hour: as closed, or as missing (zero, ESTIMATED) while still open. */
    List<MeteredEnergy> metered(MarketId market);
}
