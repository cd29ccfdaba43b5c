package io.poweralgo.app.console;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.settlement.StatementView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the regulators' pages and their CSV exports show, from the same queries, so a download is
 * always exactly the table on screen.
 */
@Component
class MarketAudit {

    static final int MAX_STATEMENT_DAYS = 366;
    static final int MAX_DEAD_LETTERS = 1_000;

    private final ConsoleQueries queries;
    private final Clock clock;

    MarketAudit(ConsoleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The microgrid asked for, or the first one there is; empty when there is none at all. */
    Optional<String> microgridOrFirst(String microgrid, List<MicrogridView> microgrids) {
        if (microgrid != null && !microgrid.isBlank()) {
            return Optional.of(new MicrogridId(microgrid.strip()).value());
        }
        return microgrids.stream().map(MicrogridView::microgridId).findFirst();
    }

    List<MarketView> marketsOfDay(String microgrid, LocalDate day) {
        return queries.markets(new MicrogridId(microgrid), Days.start(day), Days.endOf(day));
    }

    /** The meter-hours of every meter of the market's traders that overlap its delivery period. */
    List<MeterIntervalView> intervals(MarketView market, List<OrderView> orders) {
        List<ParticipantId> traders = orders.stream().map(OrderView::trader).distinct().toList();
        return queries.intervals(traders, market.deliveryStart().truncatedTo(ChronoUnit.HOURS), market.deliveryEnd());
    }

    List<StatementView> statements(ParticipantId participant, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_STATEMENT_DAYS).isBefore(to)) {
            throw new InvalidValueException("to", "must be on or after 'from' and at most " + MAX_STATEMENT_DAYS + " days later");
        }
        return queries.statements(participant, Days.start(from), Days.endOf(to));
    }

    List<MeterDeadLetterView> deadLetters(LocalDate from) {
        return queries.deadLetters(Days.start(from), MAX_DEAD_LETTERS);
    }

    MarketView market(MarketId id) {
        return queries.market(id);
    }
}
