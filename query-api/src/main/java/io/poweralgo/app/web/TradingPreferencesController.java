package io.poweralgo.app.web;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.trading.SetTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.app.security.Caller;
import io.poweralgo.market.agent.AgentHouseholds;
import io.poweralgo.market.agent.AgentOutlook;
import io.poweralgo.market.agent.OutlookHour;
import io.poweralgo.market.query.ParticipantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** A household's standing preferences for automatic trading, set once and edited from the mobile app. */
@RestController
@RequestMapping("/api/participants/{id}/trading-preferences")
@Tag(name = "Automatic trading", description = "Standing preferences the agent trades on for a household")
public class TradingPreferencesController {

    private static final Logger log = LoggerFactory.getLogger(TradingPreferencesController.class);

    private final CommandGateway commands;
    private final ParticipantQueries participants;
    private final AgentHouseholds households;
    private final AgentOutlook outlook;
    private final Clock clock;

    public TradingPreferencesController(CommandGateway commands, ParticipantQueries participants,
                                        AgentHouseholds households, AgentOutlook outlook, Clock clock) {
        this.commands = commands;
        this.participants = participants;
        this.households = households;
        this.outlook = outlook;
        this.clock = clock;
    }

    @PutMapping
    @Operation(summary = "Set one's preferences for automatic trading (prices within the microgrid's tariffs;"
                         + " a sell price and PV peak power only for prosumers)")
    public TradingResponses.Preferences set(@PathVariable String id,
                                            @Valid @RequestBody TradingRequests.Preferences request,
                                            Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelf(participant);
        TradingPreferences preferences = request.toPreferences();
        commands.sendAndWait(new SetTradingPreferences(participant, preferences, participant));
        log.info("trading preferences set participant={} autoTrading={}", participant, preferences.autoTrading());
        return TradingResponses.Preferences.of(participant.value(), preferences, null, null, null);
    }

    @GetMapping
    @Operation(summary = "A household's preferences for automatic trading, with when and by whom they were set, and"
                         + " the forecast of its next 24 delivery hours with the agent's order in each")
    public TradingResponses.Preferences get(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        TradingPreferencesView view = participants.tradingPreferences(participant)
                .orElseThrow(() -> DomainRejection.notFound("TRADING_PREFERENCES_NOT_SET",
                        "Participant " + id + " has set no trading preferences"));
        List<OutlookHour> forecast = households.household(participant)
                                               .map(household -> outlook.comingHours(household, clock.instant()))
                                               .orElse(List.of());
        return TradingResponses.Preferences.of(view, forecast);
    }
}
