package io.poweralgo.simulator.microgrid.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationSummaryTest {

    @Test
    void households_that_all_bid_themselves_form_no_groups_to_compare() {
        assertThat(Summaries.aSunnyDay(List.of()).tradingGroups()).isEmpty();
    }

    @Test
    void the_automatic_households_are_compared_with_those_of_the_run_bidding_themselves() {
        List<TradingGroup> groups = Summaries.aSunnyDayHalfAutomatic().tradingGroups();

        assertThat(groups).extracting(TradingGroup::name).containsExactly("automatic", "own bidding");
        assertThat(groups.get(0).participants()).extracting(ParticipantResult::participantId).containsExactly("p-1", "c-1");
        assertThat(groups.get(1).participants()).extracting(ParticipantResult::participantId).containsExactly("p-2", "c-2");
        assertThat(groups.get(0).consumerSavingsMicro()).isEqualTo(4_340_000);
        assertThat(groups.get(0).prosumerExtraIncomeMicro()).isEqualTo(2_010_000);
    }

    @Test
    void with_a_twin_the_run_is_compared_with_the_same_households_bidding_themselves_there() {
        SimulationSummary summary = Summaries.aSunnyDayComparedWithOwnBidding(List.of());

        List<TradingGroup> groups = summary.tradingGroups();

        assertThat(groups).extracting(TradingGroup::name).containsExactly("automatic", "own bidding");
        assertThat(groups.get(0).participants()).isEqualTo(summary.participants()).allMatch(ParticipantResult::automatic);
        assertThat(groups.get(1).participants()).isEqualTo(summary.ownBidding().participants()).noneMatch(ParticipantResult::automatic);
    }
}
