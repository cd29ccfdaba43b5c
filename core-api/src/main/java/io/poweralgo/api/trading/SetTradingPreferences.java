package io.poweralgo.api.trading;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A household sets its standing preferences for automatic trading; sending the preferences in force
 * again changes nothing. {@code changedBy} is who sent them: the participant itself, as the API allows
 * no one else to.
 */
public record SetTradingPreferences(@TargetAggregateIdentifier ParticipantId participantId,
                                    TradingPreferences preferences, ParticipantId changedBy) {

    public SetTradingPreferences {
        Require.notNull("participantId", participantId);
        Require.notNull("preferences", preferences);
        Require.notNull("changedBy", changedBy);
    }
}
