package io.poweralgo.settlement;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.Transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** DESIGN §4's worked example as a market: two sellers, two buyers, one meter each. */
public final class SettlementExamples {

    public static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-11-24T13:00:00Z"));
    public static final Instant DELIVERY_END = Instant.parse("2026-11-24T14:00:00Z");
    public static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    public static final ParticipantId S1 = new ParticipantId("s1");
    public static final ParticipantId S2 = new ParticipantId("s2");
    public static final ParticipantId B1 = new ParticipantId("b1");
    public static final ParticipantId B2 = new ParticipantId("b2");
    public static final Map<ParticipantId, SettlementParty> PARTIES = Map.of(
            S1, party(S1, 'A'), S2, party(S2, 'B'), B1, party(B1, 'C'), B2, party(B2, 'D'));

    private SettlementExamples() {
    }

    public static MarketCleared cleared() {
        return new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, Price.perKwh(150_000), Energy.ofWh(4_000),
                List.of(fill("o-s1", S1, Side.SELL, 3_000), fill("o-s2", S2, Side.SELL, 1_000),
                        fill("o-b1", B1, Side.BUY, 2_500), fill("o-b2", B2, Side.BUY, 1_500)),
                List.of(), List.of(), List.of(), DELIVERY_END, TARIFFS);
    }

    public static MeterId meterOf(ParticipantId participant) {
        return new MeterId("SM-" + participant.value().toUpperCase());
    }

    /** The worked example's one group: buyers pay the pool 267,900 and 107,100, the pool pays sellers 225,000 and 150,000. */
    public static SignedGroup workedExampleGroup(int index, String txPrefix, long lastValid) {
        List<Transfer> transfers = List.of(new Transfer(B1, Transfer.Direction.TO_POOL, 267_900),
                new Transfer(B2, Transfer.Direction.TO_POOL, 107_100),
                new Transfer(S1, Transfer.Direction.FROM_POOL, 225_000),
                new Transfer(S2, Transfer.Direction.FROM_POOL, 150_000));
        return new SignedGroup(index, transfers, List.of(txPrefix + "1", txPrefix + "2", txPrefix + "3", txPrefix + "4"),
                List.of("c2lnbmVkMQ==", "c2lnbmVkMg==", "c2lnbmVkMw==", "c2lnbmVkNA=="), lastValid - 1000, lastValid);
    }

    private static MarketCleared.OrderFill fill(String order, ParticipantId trader, Side side, long wh) {
        return new MarketCleared.OrderFill(new OrderId(order), trader, side, Energy.ofWh(wh));
    }

    private static SettlementParty party(ParticipantId participant, char fill) {
        return new SettlementParty(participant, new AlgorandAddress(String.valueOf(fill).repeat(58)),
                List.of(meterOf(participant)));
    }
}
