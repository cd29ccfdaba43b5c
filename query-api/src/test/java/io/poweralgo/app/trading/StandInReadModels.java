package io.poweralgo.app.trading;

import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.metering.MeterIntervalViews;
import org.axonframework.queryhandling.QueryHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers what the household forecasts ask, like the metering and market read models would, from the meter-hours
 * and microgrids a test puts in; remembers which meter-hours it was asked for.
 */
public class StandInReadModels {

    final List<MeterIntervalView> intervals = new ArrayList<>();
    final List<MicrogridView> microgrids = new ArrayList<>();
    final List<FindMeterIntervalsOfParticipants> askedForIntervals = new ArrayList<>();

    @QueryHandler
    MeterIntervalViews handle(FindMeterIntervalsOfParticipants query) {
        askedForIntervals.add(query);
        return new MeterIntervalViews(intervals.stream()
                                               .filter(view -> query.participantIds().stream()
                                                                    .anyMatch(id -> id.value().equals(view.participantId())))
                                               .filter(view -> !view.hourStart().isBefore(query.from())
                                                               && view.hourStart().isBefore(query.to()))
                                               .toList());
    }

    @QueryHandler
    MicrogridViews handle(FindMicrogrids query) {
        return new MicrogridViews(microgrids);
    }
}
