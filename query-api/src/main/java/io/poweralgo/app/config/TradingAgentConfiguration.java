package io.poweralgo.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.api.market.Energy;
import io.poweralgo.app.trading.AutoTradingSwitch;
import io.poweralgo.app.trading.GatewayAgentOrders;
import io.poweralgo.app.trading.MicrometerDecisionCounter;
import io.poweralgo.app.trading.ReadModelAgentMarkets;
import io.poweralgo.app.trading.TradingHouseholds;
import io.poweralgo.market.agent.AgentHouseholds;
import io.poweralgo.market.agent.AgentMarkets;
import io.poweralgo.market.agent.AgentOutlook;
import io.poweralgo.market.agent.AgentSituations;
import io.poweralgo.market.agent.HouseholdForecasts;
import io.poweralgo.market.agent.TradingAgentRunner;
import io.poweralgo.market.command.JdbcFundsReservations;
import io.poweralgo.market.command.TraderDirectory;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.market.query.ParticipantQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The automatic trading agent: its runner (a db-scheduler task that one instance runs at a time), the forecast view
 * of the households' preferences, and the handler that cancels its orders when a household turns it off. The
 * forecasts it trades on come from {@link TradingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class TradingAgentConfiguration {

    @Bean
    AgentMarkets agentMarkets(MarketQueries markets) {
        return new ReadModelAgentMarkets(markets);
    }

    @Bean
    AgentSituations agentSituations(JdbcFundsReservations funds, PowerAlgoProperties properties) {
        return new AgentSituations(funds, Energy.ofWh(properties.trading().minimumQuantityWh()));
    }

    @Bean
    AgentHouseholds agentHouseholds(ParticipantQueries participants, TraderDirectory traders) {
        return new TradingHouseholds(participants, traders);
    }

    @Bean
    TradingAgentRunner tradingAgentRunner(AgentMarkets markets, AgentHouseholds households, HouseholdForecasts forecasts,
                                          AgentSituations situations, CommandGateway commands, MeterRegistry metrics) {
        return new TradingAgentRunner(markets, households, forecasts, situations, new GatewayAgentOrders(commands),
                new MicrometerDecisionCounter(metrics));
    }

    @Bean
    AgentOutlook agentOutlook(AgentMarkets markets, HouseholdForecasts forecasts, AgentSituations situations) {
        return new AgentOutlook(markets, forecasts, situations);
    }

    @Bean
    AutoTradingSwitch autoTradingSwitch(TradingAgentRunner agent) {
        return new AutoTradingSwitch(agent);
    }

    @Bean
    RecurringTask<Void> tradingAgentTask(TradingAgentRunner agent, Clock clock, PowerAlgoProperties properties) {
        return Tasks.recurring("trading-agent", FixedDelay.of(properties.trading().agentInterval()))
                    .execute((instance, context) -> agent.runDue(clock.instant(), properties.trading().lead()));
    }
}
