package io.poweralgo.app.web;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.app.security.Caller;
import io.poweralgo.metering.query.MeteringQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** Metered hours for participants (their own meters) and auditors, and the dead letters of ingestion for regulators. */
@RestController
@Tag(name = "Metering", description = "Hourly metered energy per meter, refused meter messages")
public class MeteringController {

    private static final Duration MAX_RANGE = Duration.ofDays(31);
    private static final int MAX_DEAD_LETTERS = 1000;

    private final MeteringQueries queries;

    public MeteringController(MeteringQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/participants/{id}/meters/{meterId}/intervals")
    @Operation(summary = "Hourly intervals of a meter whose hour starts in [from, to) (ISO-8601 UTC; at most 31 days)")
    public List<MeterIntervalView> intervals(@PathVariable String id, @PathVariable String meterId,
                                             @RequestParam String from, @RequestParam String to,
                                             Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        QueryPeriod period = QueryPeriod.parse(from, to, MAX_RANGE);
        return queries.intervals(participant, new MeterId(meterId), period.from(), period.to());
    }

    @GetMapping("/api/regulator/meter-dead-letters")
    @Operation(summary = "Refused meter messages received at or after 'from', oldest first (at most 'limit', 1000)")
    public List<MeterDeadLetterView> deadLetters(@RequestParam String from,
                                                 @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_DEAD_LETTERS) {
            throw new InvalidValueException("limit", "must be 1.." + MAX_DEAD_LETTERS);
        }
        return queries.deadLetters(QueryPeriod.instant("from", from), limit);
    }
}
