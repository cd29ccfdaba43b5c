package io.poweralgo.app.web;

import io.poweralgo.api.market.ClearingMechanism;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** JSON bodies the market endpoints accept. */
final class MarketRequests {

    private MarketRequests() {
    }

    record Order(@NotNull @Positive Long quantityWh,
                 @NotNull @PositiveOrZero Long limitPricePerKwh,
                 @Size(min = 1, max = 64) String clientOrderId) {
    }

    record Amendment(@NotNull @Positive Long quantityWh, @NotNull @PositiveOrZero Long limitPricePerKwh) {
    }

    record Tariffs(@NotNull @Positive Long gridRetailPricePerKwh, @NotNull @PositiveOrZero Long feedInTariffPerKwh) {
    }

    record GateClosureLead(@NotNull Long gateClosureLeadMinutes) {
    }

    record MaxOrder(@NotNull Long maxOrderWh) {
    }

    record Site(@NotNull Double latitude, @NotNull Double longitude, @NotNull String timeZone) {
    }

    record ClearingRules(@NotNull ClearingMechanism mechanism,
                         @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal priceRuleK) {
    }
}
