package io.poweralgo.simulator.microgrid.report;

/** What the platform's trading agent did with the automatic households' orders, over one market or a whole run. */
public record AgentOrders(int placed, int amended, int cancelled, int unchanged) {

    public static final AgentOrders NONE = new AgentOrders(0, 0, 0, 0);

    public AgentOrders plus(AgentOrders other) {
        return new AgentOrders(placed + other.placed, amended + other.amended, cancelled + other.cancelled,
                unchanged + other.unchanged);
    }
}
