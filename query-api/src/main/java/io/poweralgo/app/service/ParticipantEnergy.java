package io.poweralgo.app.service;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.metering.query.MeteringQueries;
import io.poweralgo.settlement.query.SettlementQueries;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/** A household's hourly energy: one query for its meters' intervals, one for its statements, joined by hour. */
@Service
public class ParticipantEnergy {

    private final MeteringQueries metering;
    private final SettlementQueries settlements;

    public ParticipantEnergy(MeteringQueries metering, SettlementQueries settlements) {
        this.metering = metering;
        this.settlements = settlements;
    }

    /** Hours starting in [from, to) that a meter measured or a statement settled, earliest first. */
    public List<HourlyEnergy> hours(ParticipantId participant, Instant from, Instant to) {
        return HourlyEnergy.join(metering.intervalsOfParticipants(List.of(participant), from, to),
                settlements.statements(participant, from, to));
    }
}
