package io.poweralgo.settlement.planner;

import java.util.List;

/** An atomic group: payments into the pool first, then payments out of it; both sides add up to the same amount. */
public record TransferGroup(int index, List<Leg> legs) {

    public TransferGroup {
        legs = List.copyOf(legs);
    }

    public long amountIn() {
        return total(Leg.Direction.TO_POOL);
    }

    public long amountOut() {
        return total(Leg.Direction.FROM_POOL);
    }

    private long total(Leg.Direction direction) {
        return legs.stream().filter(leg -> leg.direction() == direction).mapToLong(Leg::amountMicro).sum();
    }
}
