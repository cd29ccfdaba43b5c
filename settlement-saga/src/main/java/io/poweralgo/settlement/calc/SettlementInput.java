package io.poweralgo.settlement.calc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one market hour's settlement depends on: the clearing price P, the grid retail
 * price G and the feed-in tariff F (micro-units per kWh), and the sellers' and buyers' positions.
 * A trader is a seller or a buyer in one hour, never both.
 */
public record SettlementInput(long clearingPricePerKwh, long gridRetailPricePerKwh, long feedInTariffPerKwh,
                              List<Position> sellers, List<Position> buyers) {

    public SettlementInput {
        sellers = List.copyOf(sellers);
        buyers = List.copyOf(buyers);
        if (feedInTariffPerKwh < 0 || clearingPricePerKwh < feedInTariffPerKwh
                || gridRetailPricePerKwh < clearingPricePerKwh) {
            throw new IllegalArgumentException("prices must satisfy 0 <= feed-in <= clearing price <= grid retail");
        }
        Set<Object> seen = new HashSet<>();
        for (Position position : sellers) {
            if (!seen.add(position.participant())) {
                throw new IllegalArgumentException(position.participant() + " appears twice");
            }
        }
        for (Position position : buyers) {
            if (!seen.add(position.participant())) {
                throw new IllegalArgumentException(position.participant() + " is a seller and a buyer, or appears twice");
            }
        }
    }
}
