package io.poweralgo.simulator.microgrid.report;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Households that traded the same way (automatically, or bidding themselves), with their figures
 * summed from their own statements: what they bought and sold peer to peer and from and to the
 * grid, the consumers' savings and the prosumers' extra income. {@code description} says who they
 * are beyond the count.
 */
public record TradingGroup(String name, String description, List<ParticipantResult> participants) {

    public int prosumers() {
        return (int) participants.stream().filter(ParticipantResult::prosumer).count();
    }

    public int consumers() {
        return participants.size() - prosumers();
    }

    public long boughtP2pWh() {
        return sum(ParticipantResult::boughtP2pWh);
    }

    public long soldP2pWh() {
        return sum(ParticipantResult::soldP2pWh);
    }

    public long gridImportWh() {
        return sum(ParticipantResult::gridImportWh);
    }

    public long gridExportWh() {
        return sum(ParticipantResult::gridExportWh);
    }

    public long consumerSavingsMicro() {
        return participants.stream().filter(p -> !p.prosumer()).mapToLong(ParticipantResult::benefitMicro).sum();
    }

    public long prosumerExtraIncomeMicro() {
        return participants.stream().filter(ParticipantResult::prosumer).mapToLong(ParticipantResult::benefitMicro).sum();
    }

    private long sum(ToLongFunction<ParticipantResult> figure) {
        return participants.stream().mapToLong(figure).sum();
    }
}
