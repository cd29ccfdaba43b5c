package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.util.List;

/**
 * A participant's orders in these markets, cancelled ones included, oldest first; answered with
 * {@link OrderViews}. Lets a year of statements be joined with their orders in one query.
 */
public record FindOrdersOfParticipantInMarkets(ParticipantId participantId, List<MarketId> marketIds) {

    /** A year of hourly markets, leap years included. */
    public static final int MAX_MARKETS = 9_000;

    public FindOrdersOfParticipantInMarkets {
        Require.notNull("participantId", participantId);
        marketIds = List.copyOf(Require.notNull("marketIds", marketIds));
        if (marketIds.size() > MAX_MARKETS) {
            throw new InvalidValueException("marketIds", "must name at most " + MAX_MARKETS + " markets");
        }
    }
}
