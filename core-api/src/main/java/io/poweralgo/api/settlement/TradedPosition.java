package io.poweralgo.api.settlement;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;

/** What one trader cleared in a market, summed over its orders: bought (BUY) or sold (SELL) energy. */
public record TradedPosition(ParticipantId participant, Side side, Energy cleared) {
}
