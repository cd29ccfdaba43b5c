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
    void says_so_when_nothing_traded() {
        String text = SummaryText.render(Summaries.summary(List.of(), List.of(), null, List.of()));

        assertThat(text).contains("average clearing price", "none", "nothing traded").doesNotContain("%");
    }
}
