package io.poweralgo.app.web;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.SetClearingRules;
import io.poweralgo.api.market.SetTariffs;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.MicrogridId;
import io.poweralgo.app.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Market parameters per microgrid; they apply to markets opened afterwards. */
@RestController
@RequestMapping("/api/admin/microgrids")
@Tag(name = "Administration")
public class AdminMicrogridController {

    private static final Logger log = LoggerFactory.getLogger(AdminMicrogridController.class);

    private final CommandGateway commands;

    public AdminMicrogridController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/{microgridId}/tariffs")
    @Operation(summary = "Set the grid retail price and feed-in tariff; markets open once a microgrid has tariffs")
    public MarketResponses.Tariffs tariffs(@PathVariable String microgridId,
                                           @Valid @RequestBody MarketRequests.Tariffs request,
                                           Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        commands.sendAndWait(new SetTariffs(microgrid, new Tariffs(Price.perKwh(request.gridRetailPricePerKwh()),
                Price.perKwh(request.feedInTariffPerKwh())), admin));
        log.info("tariffs set microgrid={} retail={} feedIn={} admin={}", microgrid, request.gridRetailPricePerKwh(),
                request.feedInTariffPerKwh(), admin);
        return new MarketResponses.Tariffs(microgrid.value(), request.gridRetailPricePerKwh(), request.feedInTariffPerKwh());
    }

    @PutMapping("/{microgridId}/clearing-rules")
    @Operation(summary = "Choose pay-as-clear (with price rule k in [0, 1], 0.5 = midpoint) or pay-as-bid")
    public MarketResponses.ClearingRules clearingRules(@PathVariable String microgridId,
                                                       @Valid @RequestBody MarketRequests.ClearingRules request,
                                                       Authentication authentication) {
        MicrogridId microgrid = new MicrogridId(microgridId);
        AdminId admin = Caller.of(authentication).asAdmin();
        PriceRule rule = new PriceRule(request.priceRuleK().movePointRight(6).longValueExact());
        commands.sendAndWait(new SetClearingRules(microgrid, request.mechanism(), rule, admin));
        log.info("clearing rules set microgrid={} mechanism={} kPpm={} admin={}", microgrid, request.mechanism(),
                rule.kPpm(), admin);
        return MarketResponses.ClearingRules.of(microgrid.value(), request.mechanism().name(), rule);
    }
}
