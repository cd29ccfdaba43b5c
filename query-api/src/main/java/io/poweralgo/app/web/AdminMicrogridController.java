package io.poweralgo.app.web;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.AdminActions;
import io.poweralgo.market.query.MarketQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Market parameters per microgrid; they apply to markets opened afterwards. */
@RestController
@RequestMapping("/api/admin/microgrids")
@Tag(name = "Administration")
public class AdminMicrogridController {

    private final AdminActions actions;
    private final MarketQueries queries;

    public AdminMicrogridController(AdminActions actions, MarketQueries queries) {
        this.actions = actions;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every microgrid with its tariffs, clearing rules, gate-closure lead and site (null: platform default)")
    public List<MarketResponses.Microgrid> microgrids() {
        return queries.microgrids().stream().map(MarketResponses.Microgrid::of).toList();
    }

    @PutMapping("/{microgridId}/tariffs")
    @Operation(summary = "Set the grid retail price and feed-in tariff; markets open once a microgrid has tariffs")
    public MarketResponses.Tariffs tariffs(@PathVariable String microgridId,
                                           @Valid @RequestBody MarketRequests.Tariffs request,
                                           Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        actions.setTariffs(microgrid, request.gridRetailPricePerKwh(), request.feedInTariffPerKwh(), admin);
        return new MarketResponses.Tariffs(microgrid.value(), request.gridRetailPricePerKwh(), request.feedInTariffPerKwh());
    }

    @PutMapping("/{microgridId}/clearing-rules")
    @Operation(summary = "Choose pay-as-clear (with price rule k in [0, 1], 0.5 = midpoint) or pay-as-bid")
    public MarketResponses.ClearingRules clearingRules(@PathVariable String microgridId,
                                                       @Valid @RequestBody MarketRequests.ClearingRules request,
                                                       Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        PriceRule rule = actions.setClearingRules(microgrid, request.mechanism(), request.priceRuleK(), admin);
        return MarketResponses.ClearingRules.of(microgrid.value(), request.mechanism().name(), rule);
    }

    @PutMapping("/{microgridId}/gate-closure-lead")
    @Operation(summary = "How many minutes (1 to 360) before delivery the gates of markets opened from now on close")
    public MarketResponses.GateClosureLead gateClosureLead(@PathVariable String microgridId,
                                                           @Valid @RequestBody MarketRequests.GateClosureLead request,
                                                           Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        actions.setGateClosureLead(microgrid, request.gateClosureLeadMinutes(), admin);
        return new MarketResponses.GateClosureLead(microgrid.value(), request.gateClosureLeadMinutes());
    }

    @PutMapping("/{microgridId}/max-order")
    @Operation(summary = "The largest quantity (1 Wh to 1 GWh) one order in the microgrid's markets may carry, "
                         + "for orders placed or amended from now on")
    public MarketResponses.MaxOrder maxOrder(@PathVariable String microgridId,
                                             @Valid @RequestBody MarketRequests.MaxOrder request,
                                             Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        actions.setOrderQuantityLimit(microgrid, request.maxOrderWh(), admin);
        return new MarketResponses.MaxOrder(microgrid.value(), request.maxOrderWh());
    }

    @PutMapping("/{microgridId}/site")
    @Operation(summary = "Set where the microgrid lies (latitude, longitude in degrees) and its time zone, for the "
                         + "automatic trading's household forecasts")
    public MarketResponses.Site site(@PathVariable String microgridId, @Valid @RequestBody MarketRequests.Site request,
                                     Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        MicrogridSite site = actions.setSite(microgrid, request.latitude(), request.longitude(), request.timeZone(), admin);
        return MarketResponses.Site.of(microgrid.value(), site);
    }
}
