package io.poweralgo.app.console;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.app.service.ParticipantStatements;
import io.poweralgo.app.service.StatementOrders;
import io.poweralgo.app.web.NotFoundException;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.metering.query.MeteringQueries;
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

    private final MarketQueries markets;
    private final MeteringQueries metering;
    private final ParticipantStatements statements;
    private final Clock clock;

    MarketAudit(MarketQueries markets, MeteringQueries metering, ParticipantStatements statements, Clock clock) {
        this.markets = markets;
        this.metering = metering;
        this.statements = statements;
        this.clock = clock;
    }

    /** A statement period as asked for; without dates, the last seven days up to today. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** The day asked for, or today (UTC). */
    LocalDate day(String day) {
        return Days.parse("day", day, today());
    }

    Period statementPeriod(String from, String to) {
        LocalDate last = Days.parse("to", to, today());
        return new Period(Days.parse("from", from, last.minusDays(6)), last);
    }

    /** Where the dead letters shown start: the day asked for, or yesterday. */
    LocalDate deadLettersFrom(String from) {
        return Days.parse("from", from, today().minusDays(1));
    }

    private LocalDate today() {
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
        return markets.markets(new MicrogridId(microgrid), Days.start(day), Days.endOf(day));
    }

    /** The meter-hours of every meter of the market's traders that overlap its delivery period. */
    List<MeterIntervalView> intervals(MarketView market, List<OrderView> orders) {
        List<ParticipantId> traders = orders.stream().map(OrderView::trader).distinct().toList();
        return metering.intervalsOfParticipants(traders, market.deliveryStart().truncatedTo(ChronoUnit.HOURS),
                market.deliveryEnd());
    }

    /** Statements with the participant's orders, so page and CSV show alike what the agent and the household cleared. */
    List<StatementOrders> statements(ParticipantId participant, Period period) {
        if (period.to().isBefore(period.from()) || period.from().plusDays(MAX_STATEMENT_DAYS).isBefore(period.to())) {
            throw new InvalidValueException("to", "must be on or after 'from' and at most " + MAX_STATEMENT_DAYS + " days later");
        }
        return statements.statements(participant, Days.start(period.from()), Days.endOf(period.to()));
    }

    List<MeterDeadLetterView> deadLetters(LocalDate from) {
        return metering.deadLetters(Days.start(from), MAX_DEAD_LETTERS);
    }

    MarketView market(MarketId id) {
        return markets.market(id).orElseThrow(() -> new NotFoundException("No market " + id));
    }
}
