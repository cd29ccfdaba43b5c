package io.poweralgo.market.command;

import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.ClearingRulesSet;
import io.poweralgo.api.market.GateClosureLead;
import io.poweralgo.api.market.GateClosureLeadSet;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderQuantityLimitSet;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * What the market scheduler needs to know: each microgrid's current market rules and gate-closure lead (tables
 * {@code microgrid_rules}) and which markets are already open ({@code market_calendar}); the same rules tell the
 * {@code Participant} aggregate the tariffs trading preferences must lie within, and the {@code Market} aggregate
 * the largest order a microgrid takes.
 */
@ProcessingGroup(CommandSideProcessing.GROUP)
public class MarketCalendar implements MicrogridTariffs, OrderQuantityLimits {

    private final JdbcTemplate jdbc;
    private final OrderQuantityLimit platformOrderQuantityLimit;

    public MarketCalendar(JdbcTemplate jdbc, OrderQuantityLimit platformOrderQuantityLimit) {
        this.jdbc = jdbc;
        this.platformOrderQuantityLimit = platformOrderQuantityLimit;
    }

    /** Microgrids that have tariffs, with the rules a market opened now would take. */
    public List<MicrogridRules> microgridsWithTariffs() {
        return jdbc.query("SELECT microgrid_id, grid_retail_price, feed_in_tariff, mechanism, k_ppm, gate_closure_lead_minutes"
                        + " FROM microgrid_rules WHERE grid_retail_price IS NOT NULL ORDER BY microgrid_id",
                (rs, row) -> {
                    long leadMinutes = rs.getLong(6);
                    Optional<GateClosureLead> lead = rs.wasNull() ? Optional.empty()
                            : Optional.of(GateClosureLead.ofMinutes(leadMinutes));
                    return new MicrogridRules(new MicrogridId(rs.getString(1)), new MarketRules(
                            new Tariffs(Price.perKwh(rs.getLong(2)), Price.perKwh(rs.getLong(3))),
                            ClearingMechanism.valueOf(rs.getString(4)), new PriceRule(rs.getLong(5))),
                            lead);
                });
    }

    @Override
    public Optional<Tariffs> currentTariffs(MicrogridId microgrid) {
        return jdbc.query("SELECT grid_retail_price, feed_in_tariff FROM microgrid_rules"
                        + " WHERE microgrid_id = ? AND grid_retail_price IS NOT NULL",
                (rs, row) -> new Tariffs(Price.perKwh(rs.getLong(1)), Price.perKwh(rs.getLong(2))),
                microgrid.value()).stream().findFirst();
    }

    @Override
    public OrderQuantityLimit limitFor(MicrogridId microgrid) {
        return jdbc.query("SELECT max_order_wh FROM microgrid_rules WHERE microgrid_id = ? AND max_order_wh IS NOT NULL",
                        (rs, row) -> new OrderQuantityLimit(rs.getLong(1)), microgrid.value())
                .stream().findFirst().orElse(platformOrderQuantityLimit);
    }

    public boolean isOpened(MarketId market) {
        return !jdbc.queryForList("SELECT market_id FROM market_calendar WHERE market_id = ?", String.class,
                market.value()).isEmpty();
    }

    @EventHandler
    void on(TariffsSet event) {
        int updated = jdbc.update("UPDATE microgrid_rules SET grid_retail_price = ?, feed_in_tariff = ? WHERE microgrid_id = ?",
                event.tariffs().gridRetailPrice().microPerKwh(), event.tariffs().feedInTariff().microPerKwh(),
                event.microgridId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO microgrid_rules (microgrid_id, grid_retail_price, feed_in_tariff, mechanism, k_ppm)"
                            + " VALUES (?, ?, ?, ?, ?)", event.microgridId().value(),
                    event.tariffs().gridRetailPrice().microPerKwh(), event.tariffs().feedInTariff().microPerKwh(),
                    ClearingMechanism.PAY_AS_CLEAR.name(), PriceRule.MIDPOINT.kPpm());
        }
    }

    @EventHandler
    void on(ClearingRulesSet event) {
        int updated = jdbc.update("UPDATE microgrid_rules SET mechanism = ?, k_ppm = ? WHERE microgrid_id = ?",
                event.mechanism().name(), event.priceRule().kPpm(), event.microgridId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO microgrid_rules (microgrid_id, mechanism, k_ppm) VALUES (?, ?, ?)",
                    event.microgridId().value(), event.mechanism().name(), event.priceRule().kPpm());
        }
    }

    @EventHandler
    void on(GateClosureLeadSet event) {
        int updated = jdbc.update("UPDATE microgrid_rules SET gate_closure_lead_minutes = ? WHERE microgrid_id = ?",
                event.lead().minutes(), event.microgridId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO microgrid_rules (microgrid_id, mechanism, k_ppm, gate_closure_lead_minutes)"
                            + " VALUES (?, ?, ?, ?)", event.microgridId().value(), ClearingMechanism.PAY_AS_CLEAR.name(),
                    PriceRule.MIDPOINT.kPpm(), event.lead().minutes());
        }
    }

    @EventHandler
    void on(OrderQuantityLimitSet event) {
        int updated = jdbc.update("UPDATE microgrid_rules SET max_order_wh = ? WHERE microgrid_id = ?",
                event.limit().maxWh(), event.microgridId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO microgrid_rules (microgrid_id, mechanism, k_ppm, max_order_wh) VALUES (?, ?, ?, ?)",
                    event.microgridId().value(), ClearingMechanism.PAY_AS_CLEAR.name(), PriceRule.MIDPOINT.kPpm(),
                    event.limit().maxWh());
        }
    }

    @EventHandler
    void on(MarketOpened event) {
        jdbc.update("INSERT INTO market_calendar (market_id, microgrid_id, delivery_start) VALUES (?, ?, ?)",
                event.marketId().value(), event.marketId().microgridId().value(), Timestamp.from(event.deliveryStart()));
    }

    /** {@code gateClosureLead} is empty while the platform default applies. */
    public record MicrogridRules(MicrogridId microgridId, MarketRules rules, Optional<GateClosureLead> gateClosureLead) {
    }
}
