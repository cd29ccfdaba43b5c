package io.poweralgo.app.web;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.HourlyEnergy;
import io.poweralgo.app.service.ParticipantEnergy;
import io.poweralgo.app.service.ParticipantWallets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** A household's money and energy at a glance, for the mobile app and other clients of the household. */
@RestController
@Tag(name = "Household", description = "Stablecoin wallet and hourly energy of one's own household")
public class HouseholdController {

    /** As long as the metered hours the energy is built from may be asked for. */
    private static final Duration MAX_ENERGY_RANGE = Duration.ofDays(31);

    private final ParticipantWallets wallets;
    private final ParticipantEnergy energy;

    public HouseholdController(ParticipantWallets wallets, ParticipantEnergy energy) {
        this.wallets = wallets;
        this.energy = energy;
    }

    @GetMapping("/api/participants/{id}/wallet")
    @Operation(summary = "The stablecoin holding of the participant's account as the ledger holds it now (at "
            + "'ledgerRound'), the funds its open orders reserve and what is available, in micro-units; "
            + "409 NOT_APPROVED before approval, 503 LEDGER_UNAVAILABLE when the ledger cannot be asked")
    public ParticipantWallets.Wallet wallet(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        return wallets.walletOf(participant);
    }

    @GetMapping("/api/participants/{id}/energy")
    @Operation(summary = "Per delivery hour starting in [from, to) (ISO-8601 UTC; at most 31 days) that a meter "
            + "measured or a statement settled: metered import and export over all meters (null while an hour is "
            + "open), energy bought and sold peer to peer, grid import and export and the net amount settled "
            + "(0 until settled)")
    public List<HourlyEnergy> energy(@PathVariable String id, @RequestParam String from, @RequestParam String to,
                                     Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        QueryPeriod period = QueryPeriod.parse(from, to, MAX_ENERGY_RANGE);
        return energy.hours(participant, period.from(), period.to());
    }
}
