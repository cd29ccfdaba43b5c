package io.poweralgo.simulator.microgrid;

/**
 * Which households leave their trading to the platform's agent: {@code share} of the prosumers
 * and the same share of the consumers (rounded to whole households) set standing preferences once
 * instead of bidding each hour. With {@code ownBiddingTwin} (every household automatic) the same
 * households are also simulated in a twin microgrid where they bid themselves, in the same hours
 * and on the same seed, so that the two ways of trading are compared on real settlements.
 */
public record AutoTrading(double share, boolean ownBiddingTwin) {

    /** Every household bids itself, as before automatic trading. */
    public static final AutoTrading NONE = new AutoTrading(0, false);
    /** The suffix of the twin microgrid's id. */
    public static final String TWIN_SUFFIX = "-own-bidding";

    public AutoTrading {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the share of automatic households must be between 0 and 1, got " + share);
        }
        if (ownBiddingTwin && share != 1) {
            throw new IllegalArgumentException("the own-bidding twin is compared with every household automatic (share 1)");
        }
    }

    /** Every household automatic, beside the twin microgrid of the same households bidding themselves. */
    public static AutoTrading comparedWithOwnBidding() {
        return new AutoTrading(1, true);
    }

    public static AutoTrading share(double share) {
        return new AutoTrading(share, false);
    }

    /** How many of {@code households} of one role trade automatically. */
    int automaticOf(int households) {
        return (int) Math.round(share * households);
    }

    String twinOf(String microgrid) {
        return microgrid + TWIN_SUFFIX;
    }
}
