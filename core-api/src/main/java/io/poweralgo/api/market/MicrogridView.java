package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridSite;

import java.time.Instant;

/**
 * The {@code microgrids} read model: a microgrid's current market parameters. {@code tariffs} is
 * null until an admin sets them (no market opens before), {@code gateClosureLeadMinutes} and
 * {@code maxOrderWh} while the platform default applies, {@code site} while the platform's default site applies; {@code updatedBy}
 * is the admin of the last change.
 */
public record MicrogridView(String microgridId, Long gridRetailPricePerKwh, Long feedInTariffPerKwh,
                            ClearingMechanism mechanism, long priceRuleKPpm, Long gateClosureLeadMinutes, Long maxOrderWh,
                            Instant updatedAt, String updatedBy, MicrogridSite site) {
}
