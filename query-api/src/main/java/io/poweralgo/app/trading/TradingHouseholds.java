package io.poweralgo.app.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.market.agent.AgentHouseholds;
import io.poweralgo.market.agent.Household;
import io.poweralgo.market.command.TraderDirectory;
import io.poweralgo.market.command.TraderDirectory.Trader;
import io.poweralgo.market.query.ParticipantQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The households the agent trades for: their preferences from the {@code trading_preferences} read model, their role,
 * microgrid and standing from the market's command-side trader directory.
 */
public class TradingHouseholds implements AgentHouseholds {

    private final ParticipantQueries participants;
    private final TraderDirectory traders;

    public TradingHouseholds(ParticipantQueries participants, TraderDirectory traders) {
        this.participants = participants;
        this.traders = traders;
    }

    /** Suspended households and those awaiting KYC are left out: the market would refuse their orders. */
    @Override
    public List<Household> autoTraders(MicrogridId microgrid) {
        List<Household> found = new ArrayList<>();
        for (TradingPreferencesView view : participants.autoTraders(microgrid)) {
            traders.find(view.participantId())
                   .filter(trader -> trader.mayTrade() && trades(trader.role()) && trader.microgridId().equals(microgrid))
                   .ifPresent(trader -> found.add(household(trader, view)));
        }
        return found;
    }

    @Override
    public Optional<Household> household(ParticipantId participant) {
        Optional<Trader> trader = traders.find(participant).filter(found -> trades(found.role()));
        if (trader.isEmpty()) {
            return Optional.empty();
        }
        return participants.tradingPreferences(participant).map(view -> household(trader.get(), view));
    }

    private static boolean trades(Role role) {
        return role == Role.PROSUMER || role == Role.CONSUMER;
    }

    private static Household household(Trader trader, TradingPreferencesView view) {
        return new Household(trader.id(), trader.role(), trader.microgridId(), view.preferences());
    }
}
