package io.poweralgo.api.market;

/**
 * Who placed an order: the participant, or the automatic trading agent on its standing preferences.
 * It lives with the market's messages, not in {@code io.poweralgo.api.trading}, because orders carry it and
 * the trading package already builds on the market's {@link Price}: one package each way would be a cycle.
 */
public enum OrderSource {
    MANUAL,
    AUTOMATIC;

    /** Client order ids starting with this are the agent's: the market refuses them on manual orders. */
    public static final String AUTOMATIC_CLIENT_ORDER_ID_PREFIX = "auto:";

    /** The client order id of the agent's one order per participant in a market: {@code auto:<marketId>}. */
    public static String automaticClientOrderId(MarketId marketId) {
        return AUTOMATIC_CLIENT_ORDER_ID_PREFIX + marketId.value();
    }

    /** Whether a client order id is reserved for the agent. */
    public static boolean isReservedClientOrderId(String clientOrderId) {
        return clientOrderId != null && clientOrderId.startsWith(AUTOMATIC_CLIENT_ORDER_ID_PREFIX);
    }
}
