package io.poweralgo.market.schedule;

import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OpenMarket;
import io.poweralgo.market.command.MarketCalendar;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a market open for each of the next {@code horizon} delivery periods of every microgrid
 * that has tariffs. Gates close the microgrid's gate-closure lead (or the platform default) before
 * delivery, by the deadline each market schedules when it opens. Safe to run on several instances
 * at once: opening is idempotent in the Market aggregate and the event store refuses a second
 * creation.
 */
public class MarketScheduler {

    private static final Logger log = LoggerFactory.getLogger(MarketScheduler.class);

    private final CommandGateway commands;
    private final MarketCalendar calendar;
    private final MarketCycles cycles;
    private final Clock clock;
    private final int horizon;
    private final Duration defaultGateClosureLead;

    public MarketScheduler(CommandGateway commands, MarketCalendar calendar, MarketCycles cycles, Clock clock,
                           int horizon, Duration defaultGateClosureLead) {
        this.commands = commands;
        this.calendar = calendar;
        this.cycles = cycles;
        this.clock = clock;
        this.horizon = horizon;
        this.defaultGateClosureLead = defaultGateClosureLead;
    }

    /** Answers how many markets it opened. */
    public int openUpcomingMarkets() {
        Instant now = clock.instant();
        long current = cycles.cycleAt(now);
        int opened = 0;
        for (MarketCalendar.MicrogridRules microgrid : calendar.microgridsWithTariffs()) {
            for (long cycle = current + 1; cycle <= current + horizon; cycle++) {
                Instant start = cycles.start(cycle);
                Instant gateClosure = start.minus(microgrid.gateClosureLead().map(GateClosureLead::duration)
                                                                  .orElse(defaultGateClosureLead));
                MarketId market = new MarketId(microgrid.microgridId(), start);
                if (gateClosure.isAfter(now) && !calendar.isOpened(market) && open(market, cycle, gateClosure, microgrid)) {
                    opened++;
                }
            }
        }
        return opened;
    }

    private boolean open(MarketId market, long cycle, Instant gateClosure, MarketCalendar.MicrogridRules microgrid) {
        try {
            Boolean opened = commands.sendAndWait(new OpenMarket(market, cycles.end(cycle), gateClosure, microgrid.rules()));
            if (Boolean.TRUE.equals(opened)) {
                log.info("market opened market={} gateClosure={} mechanism={}", market, gateClosure,
                        microgrid.rules().mechanism());
            }
            return Boolean.TRUE.equals(opened);
        } catch (RuntimeException e) {
            // another instance opened it a moment earlier, or the store is unavailable: the next run retries
            log.warn("market not opened market={} reason=\"{}\"", market, e.getMessage());
            return false;
        }
    }
}
