package io.poweralgo.simulator.microgrid.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTextTest {

    @Test
    void shows_every_figure_of_the_summary() {
        String text = SummaryText.render(Summaries.aSunnyDay(List.of()));

        assertThat(text).contains("prosumers", "consumers", "24", "from 2026-06-01 00:00 UTC")
                        .contains("traded peer to peer", "50.000 kWh", "imported from the grid", "52.000 kWh", "exported to the grid", "20.000 kWh")
                        .contains("0.145500 per kWh", "volume-weighted")
                        .contains("consumers' savings", "7.750000", "prosumers' extra income", "3.350000")
                        .contains("Algorand transactions", "60", "in 10 atomic groups")
                        .contains("every settlement invariant held")
                        .contains("wall time", "12.3 s");
    }

    @Test
    void shares_are_of_the_energy_drawn_and_of_the_energy_fed_in() {
        String text = SummaryText.render(Summaries.aSunnyDay(List.of()));

        // 50 kWh P2P + 52 kWh imported were drawn; 50 kWh P2P + 20 kWh exported were fed in
        assertThat(text).contains("49.0 % of energy drawn, 71.4 % of energy fed in", "51.0 % of energy drawn", "28.6 % of energy fed in");
    }

    @Test
    void values_and_units_line_up_in_columns() {
        List<String> energyLines = SummaryText.render(Summaries.aSunnyDay(List.of())).lines().filter(line -> line.matches(".*\\d kWh .*")).toList();

        assertThat(energyLines).hasSize(3);
        assertThat(energyLines).extracting(line -> line.indexOf(" kWh ")).containsOnly(energyLines.get(0).indexOf(" kWh "));
    }

    @Test
    void lists_the_violated_invariants() {
        String text = SummaryText.render(Summaries.aSunnyDay(List.of("hour 3: pool does not net to zero", "hour 7: group not atomic")));

        assertThat(text).doesNotContain("every settlement invariant held")
                        .contains("2 settlement invariants were violated:", "- hour 3: pool does not net to zero", "- hour 7: group not atomic");
    }

    @Test
    void households_bidding_themselves_only_show_no_agent_and_no_comparison() {
        String text = SummaryText.render(Summaries.aSunnyDay(List.of()));

        assertThat(text).doesNotContain("trading agent", "automatic", "own bidding");
    }

    @Test
    void compares_the_automatic_households_with_those_bidding_themselves() {
        String text = SummaryText.render(Summaries.aSunnyDayHalfAutomatic());

        // automatic: Consumer 1 bought 28 kWh P2P of 28 + 25 kWh drawn; Prosumer 1 sold 30 of 30 + 12 kWh fed in
        assertThat(text).contains("orders placed by the trading agent", "then amended 3, cancelled 1, left unchanged 4")
                        .contains("automatic: households", "1 prosumer and 1 consumer trading through the agent")
                        .contains("automatic: bought peer to peer", "28.000 kWh", "52.8 % of energy drawn")
                        .contains("automatic: sold peer to peer", "30.000 kWh", "71.4 % of energy fed in")
                        .contains("automatic: consumers' savings", "4.340000 per consumer")
                        .contains("automatic: prosumers' extra income", "2.010000 per prosumer")
                        .contains("own bidding: households", "1 prosumer and 1 consumer bidding themselves")
                        .contains("own bidding: bought peer to peer", "22.000 kWh", "44.9 % of energy drawn")
                        .contains("own bidding: consumers' savings", "3.410000 per consumer")
                        .contains("own bidding: prosumers' extra income", "1.340000 per prosumer");
    }

    @Test
    void compares_every_household_automatic_with_its_twin_bidding_itself() {
        String text = SummaryText.render(Summaries.aSunnyDayComparedWithOwnBidding(List.of()));

        assertThat(text).contains("orders placed by the trading agent", "40")
                        .contains("automatic: households", "2 prosumers and 2 consumers (all of them) trading through the agent")
                        .contains("own bidding: households", "2 prosumers and 2 consumers (the same households) bidding themselves in the twin microgrid")
                        .contains("automatic: consumers' savings", "own bidding: consumers' savings", "3.875000 per consumer");
    }

    @Test
    void says_so_when_nothing_traded() {
        String text = SummaryText.render(Summaries.summary(List.of(), List.of(), null, List.of()));

        assertThat(text).contains("average clearing price", "none", "nothing traded").doesNotContain("%");
    }
}
