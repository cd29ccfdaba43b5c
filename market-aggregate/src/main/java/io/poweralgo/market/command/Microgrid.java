package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.SetClearingRules;
import io.poweralgo.api.market.SetGateClosureLead;
import io.poweralgo.api.market.SetMicrogridSite;
import io.poweralgo.api.market.SetOrderQuantityLimit;
import io.poweralgo.api.market.SetTariffs;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A microgrid's market parameters: tariffs, clearing rules, gate-closure lead, largest order and its site (where it
 * lies and its time zone, for the household forecasts), set by admins. Markets are opened only for microgrids that
 * have tariffs; setting the same values again records nothing.
 */
@Aggregate
public class Microgrid {

    @AggregateIdentifier
    private MicrogridId id;
    private Tariffs tariffs;
    private ClearingMechanism mechanism = ClearingMechanism.PAY_AS_CLEAR;
    private PriceRule priceRule = PriceRule.MIDPOINT;
    private GateClosureLead gateClosureLead;
    private MicrogridSite site;
    private OrderQuantityLimit orderQuantityLimit;

    protected Microgrid() {
        // for event sourcing and creation on first command
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetTariffs cmd) {
        if (!cmd.tariffs().equals(tariffs)) {
            apply(new TariffsSet(cmd.microgridId(), cmd.tariffs(), cmd.setBy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetClearingRules cmd) {
        if (cmd.mechanism() != mechanism || !Objects.equals(cmd.priceRule(), priceRule) || id == null) {
            apply(new ClearingRulesSet(cmd.microgridId(), cmd.mechanism(), cmd.priceRule(), cmd.setBy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetGateClosureLead cmd) {
        if (!cmd.lead().equals(gateClosureLead)) {
            apply(new GateClosureLeadSet(cmd.microgridId(), cmd.lead(), cmd.setBy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetMicrogridSite cmd) {
        if (!cmd.site().equals(site)) {
            apply(new MicrogridSiteSet(cmd.microgridId(), cmd.site(), cmd.setBy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetOrderQuantityLimit cmd) {
        if (!cmd.limit().equals(orderQuantityLimit)) {
            apply(new OrderQuantityLimitSet(cmd.microgridId(), cmd.limit(), cmd.setBy()));
        }
    }

    @EventSourcingHandler
    void on(TariffsSet event) {
        id = event.microgridId();
        tariffs = event.tariffs();
    }

    @EventSourcingHandler
    void on(ClearingRulesSet event) {
        id = event.microgridId();
        mechanism = event.mechanism();
        priceRule = event.priceRule();
    }

    @EventSourcingHandler
    void on(GateClosureLeadSet event) {
        id = event.microgridId();
        gateClosureLead = event.lead();
    }

    @EventSourcingHandler
    void on(MicrogridSiteSet event) {
        id = event.microgridId();
        site = event.site();
    }

    @EventSourcingHandler
    void on(OrderQuantityLimitSet event) {
        id = event.microgridId();
        orderQuantityLimit = event.limit();
    }
}
