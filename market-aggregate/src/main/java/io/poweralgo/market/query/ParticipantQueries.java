package io.poweralgo.market.query;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.FindParticipant;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.participant.FindProvisionedMeters;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.ParticipantViews;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.ProvisionedMeterViews;
import io.poweralgo.api.trading.FindAutoTraders;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.api.trading.TradingPreferencesViews;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.List;
import java.util.Optional;

/**
 * The one sender of the participant read models' queries (participants, the meters operators
 * provisioned and the households' trading preferences), so that the REST API and the web application ask them alike.
 */
public class ParticipantQueries {

    private final QueryGateway queries;

    public ParticipantQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<ParticipantView> participant(ParticipantId id) {
        return queries.query(new FindParticipant(id), ResponseTypes.optionalInstanceOf(ParticipantView.class)).join();
    }

    /** One page of the participants in a status, oldest registration first. */
    public List<ParticipantView> participants(ParticipantStatus status, int page, int size) {
        return queries.query(new FindParticipantsByStatus(status, page, size),
                ResponseTypes.instanceOf(ParticipantViews.class)).join().participants();
    }

    /** One page of the registered meters, newest first, claimed or not. */
    public List<ProvisionedMeterView> provisionedMeters(int page, int size) {
        return queries.query(new FindProvisionedMeters(page, size), ResponseTypes.instanceOf(ProvisionedMeterViews.class))
                      .join().meters();
    }

    /** The household's standing preferences for automatic trading; empty while it has set none. */
    public Optional<TradingPreferencesView> tradingPreferences(ParticipantId id) {
        return queries.query(new FindTradingPreferences(id), ResponseTypes.optionalInstanceOf(TradingPreferencesView.class))
                      .join();
    }

    /** The preferences of the microgrid's households with automatic trading on. */
    public List<TradingPreferencesView> autoTraders(MicrogridId microgrid) {
        return queries.query(new FindAutoTraders(microgrid), ResponseTypes.instanceOf(TradingPreferencesViews.class))
                      .join().preferences();
    }
}
