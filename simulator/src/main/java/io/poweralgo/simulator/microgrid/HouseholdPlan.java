package io.poweralgo.simulator.microgrid;

/**
 * A household as drawn from the seed, before it registers: its place in the run ({@code index},
 * prosumers first, and its {@code number} within its role), its annual consumption, its PV roof
 * (prosumers) and whether it trades automatically on {@code preferences}. Drawn once, so that a
 * twin microgrid registers the very same households.
 */
record HouseholdPlan(int index, boolean prosumer, int number, long annualKwh, double peakKw, long pvSeed, boolean automatic,
                     BiddingStrategy.TradingPreferences preferences) {

    String role() {
        return prosumer ? "PROSUMER" : "CONSUMER";
    }

    /** Automatic households say so in their name, which the regulator's pages and the report show. */
    String name() {
        return (prosumer ? "Prosumer " : "Consumer ") + number + (automatic ? " (auto)" : "");
    }

    /** The same household bidding for itself. */
    HouseholdPlan biddingItself() {
        return new HouseholdPlan(index, prosumer, number, annualKwh, peakKw, pvSeed, false, preferences);
    }
}
