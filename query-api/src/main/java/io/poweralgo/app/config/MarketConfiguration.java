package io.poweralgo.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.app.ledger.LedgerStablecoinBalances;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.holdings.StablecoinHoldings;
import io.poweralgo.market.command.FundsReservationKeeper;
import io.poweralgo.market.command.FundsReservations;
import io.poweralgo.market.command.JdbcFundsReservations;
import io.poweralgo.market.command.JdbcTraderDirectory;
import io.poweralgo.market.command.MarketCalendar;
import io.poweralgo.market.command.StablecoinBalances;
import io.poweralgo.market.schedule.HourlyMarketCycles;
import io.poweralgo.market.schedule.MarketCycles;
import io.poweralgo.market.schedule.MarketScheduler;
import io.poweralgo.market.schedule.RoundMarketCycles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The market's command side and its scheduler (a db-scheduler task that one instance runs at a time). */
@Configuration(proxyBeanMethods = false)
public class MarketConfiguration {

    @Bean
    JdbcTraderDirectory traderDirectory(JdbcTemplate jdbc) {
        return new JdbcTraderDirectory(jdbc);
    }

    /**
     * Also the {@code OrderQuantityLimits} the market aggregate and the order endpoints ask: a microgrid's own largest
     * order, else {@code poweralgo.market.max-order-wh}.
     */
    @Bean
    MarketCalendar marketCalendar(JdbcTemplate jdbc, PowerAlgoProperties properties) {
        return new MarketCalendar(jdbc, new OrderQuantityLimit(properties.market().maxOrderWh()));
    }

    /** Bids reserve against the trader's holding on the ledger, minus their other reservations. */
    @Bean
    StablecoinBalances stablecoinBalances(CustodialKeyStore custody, StablecoinHoldings holdings) {
        return new LedgerStablecoinBalances(custody, holdings);
    }

    @Bean
    JdbcFundsReservations fundsReservations(JdbcTemplate jdbc, StablecoinBalances balances) {
        return new JdbcFundsReservations(jdbc, balances);
    }

    @Bean
    FundsReservationKeeper fundsReservationKeeper(FundsReservations funds) {
        return new FundsReservationKeeper(funds);
    }

    @Bean
    MarketCycles marketCycles(PowerAlgoProperties properties) {
        PowerAlgoProperties.Rounds rounds = properties.market().rounds();
        return switch (properties.market().cycle()) {
            case HOURS -> new HourlyMarketCycles();
            case ROUNDS -> new RoundMarketCycles(rounds.perCycle(), rounds.anchorRound(), rounds.anchorTime(),
                    rounds.roundTime());
        };
    }

    @Bean
    MarketScheduler marketScheduler(CommandGateway commands, MarketCalendar calendar, MarketCycles cycles, Clock clock,
                                    PowerAlgoProperties properties) {
        return new MarketScheduler(commands, calendar, cycles, clock, properties.market().horizonHours(),
                properties.market().gateClosureLead());
    }

    @Bean
    RecurringTask<Void> marketSchedulerTask(MarketScheduler scheduler, PowerAlgoProperties properties) {
        return Tasks.recurring("market-scheduler", FixedDelay.of(properties.market().schedulerInterval()))
                    .execute((instance, context) -> scheduler.openUpcomingMarkets());
    }
}
