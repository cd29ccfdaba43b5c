package io.poweralgo.market.command;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.market.agent.AgentFunds;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * The {@code funds_reservation} table. A reservation first locks the trader's row, so that two
 * orders of the same trader in different markets cannot both spend the same balance. The trading agent reads
 * from it what a household may still reserve.
 */
public class JdbcFundsReservations implements FundsReservations, AgentFunds {

    private final JdbcTemplate jdbc;
    private final StablecoinBalances balances;

    public JdbcFundsReservations(JdbcTemplate jdbc, StablecoinBalances balances) {
        this.jdbc = jdbc;
        this.balances = balances;
    }

    @Override
    public void reserve(ParticipantId trader, MarketId market, OrderId order, Side side, Energy quantity, Price pricedAt) {
        jdbc.queryForList("SELECT participant_id FROM trader WHERE participant_id = ? FOR UPDATE", String.class,
                trader.value());
        long amount = quantity.costCeilingAt(pricedAt);
        long others = reservedByOthers(trader, market, order);
        long balance = balances.balanceMicro(trader);
        long available = Math.max(0, balance - others);
        if (Math.addExact(others, amount) > balance) {
            String needs = side == Side.BUY ? "The bid needs " + amount + " micro-units"
                    : "The offer needs " + amount + " micro-units to cover its largest possible imbalance charge";
            throw new DomainRejection(DomainRejection.Kind.UNPROCESSABLE, "INSUFFICIENT_FUNDS",
                    needs + " but only " + available + " of the balance of " + balance + " are not reserved",
                    Map.of("requiredMicro", Long.toString(amount), "availableMicro", Long.toString(available)));
        }
        int updated = jdbc.update("UPDATE funds_reservation SET priced_at_per_kwh = ?, amount_micro = ?"
                + " WHERE market_id = ? AND order_id = ?", pricedAt.microPerKwh(), amount, market.value(), order.value());
        if (updated == 0) {
            jdbc.update("INSERT INTO funds_reservation (market_id, order_id, participant_id, side, priced_at_per_kwh,"
                            + " amount_micro) VALUES (?, ?, ?, ?, ?, ?)", market.value(), order.value(), trader.value(),
                    side.name(), pricedAt.microPerKwh(), amount);
        }
    }

    @Override
    public long availableFor(ParticipantId trader, MarketId market, OrderId order) {
        long others = order == null ? reservedBy(trader) : reservedByOthers(trader, market, order);
        return Math.max(0, balances.balanceMicro(trader) - others);
    }

    private long reservedByOthers(ParticipantId trader, MarketId market, OrderId order) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount_micro), 0) FROM funds_reservation"
                        + " WHERE participant_id = ? AND NOT (market_id = ? AND order_id = ?)", Long.class,
                trader.value(), market.value(), order.value());
    }

    @Override
    public void release(MarketId market, OrderId order) {
        jdbc.update("DELETE FROM funds_reservation WHERE market_id = ? AND order_id = ?", market.value(), order.value());
    }

    @Override
    public void keepFilled(MarketId market, Map<OrderId, Energy> filled) {
        List<Reservation> reservations = jdbc.query(
                "SELECT order_id, priced_at_per_kwh, amount_micro FROM funds_reservation WHERE market_id = ?",
                (rs, row) -> new Reservation(new OrderId(rs.getString(1)), Price.perKwh(rs.getLong(2)), rs.getLong(3)),
                market.value());
        for (Reservation reservation : reservations) {
            Energy cleared = filled.get(reservation.order());
            if (cleared == null || cleared.isZero()) {
                release(market, reservation.order());
            } else {
                long kept = Math.min(reservation.amountMicro(), cleared.costCeilingAt(reservation.pricedAt()));
                jdbc.update("UPDATE funds_reservation SET amount_micro = ? WHERE market_id = ? AND order_id = ?",
                        kept, market.value(), reservation.order().value());
            }
        }
    }

    @Override
    public void releaseMarket(MarketId market) {
        jdbc.update("DELETE FROM funds_reservation WHERE market_id = ?", market.value());
    }

    /** What a trader has reserved in all markets, in micro-units. */
    public long reservedBy(ParticipantId trader) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount_micro), 0) FROM funds_reservation WHERE participant_id = ?",
                Long.class, trader.value());
    }

    private record Reservation(OrderId order, Price pricedAt, long amountMicro) {
    }
}
