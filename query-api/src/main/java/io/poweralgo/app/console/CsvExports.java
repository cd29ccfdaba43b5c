package io.poweralgo.app.console;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.app.service.StatementOrders;
import io.poweralgo.app.web.NotFoundException;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.settlement.query.SettlementQueries;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every table of the regulators' pages as RFC 4180 CSV, with the raw integer units (micro-units,
 * Wh) so nothing is rounded, and times in ISO-8601 UTC. Text cells pass {@link SpreadsheetCell} so
 * a spreadsheet never runs them as formulas.
 */
@Controller
class CsvExports {

    private final MarketAudit audit;
    private final MarketQueries markets;
    private final SettlementQueries settlements;

    CsvExports(MarketAudit audit, MarketQueries markets, SettlementQueries settlements) {
        this.audit = audit;
        this.markets = markets;
        this.settlements = settlements;
    }

    @GetMapping("/regulator/markets.csv")
    void markets(@RequestParam(required = false) String microgrid, @RequestParam(required = false) String day,
                 HttpServletResponse response) throws IOException {
        LocalDate date = audit.day(day);
        String chosen = audit.microgridOrFirst(microgrid, markets.microgrids())
                             .orElseThrow(() -> new NotFoundException("No microgrid has market parameters yet"));
        write(response, "markets-" + chosen + "-" + date + ".csv",
                List.of("marketId", "deliveryStart", "deliveryEnd", "gateClosure", "state", "mechanism",
                        "clearingPricePerKwh", "clearedVolumeWh", "gridRetailPricePerKwh", "feedInTariffPerKwh",
                        "settlementFailure"),
                audit.marketsOfDay(chosen, date), market -> List.of(market.id().value(), market.deliveryStart(),
                        market.deliveryEnd(), market.gateClosure(), market.state(), market.rules().mechanism(),
                        nullable(market.clearingPrice() == null ? null : market.clearingPrice().microPerKwh()),
                        nullable(market.clearedVolume() == null ? null : market.clearedVolume().wh()),
                        market.rules().tariffs().gridRetailPrice().microPerKwh(),
                        market.rules().tariffs().feedInTariff().microPerKwh(), nullable(market.settlementFailure())));
    }

    @GetMapping("/regulator/markets/{marketId}/orders.csv")
    void orders(@PathVariable String marketId, HttpServletResponse response) throws IOException {
        MarketId id = MarketId.parse(marketId);
        write(response, fileName(id, "orders"),
                List.of("orderId", "participantId", "side", "quantityWh", "limitPricePerKwh", "status", "clearedWh",
                        "placedAt", "updatedAt", "source"),
                markets.ordersOfMarket(id), (OrderView order) -> List.of(order.orderId().value(), order.trader().value(),
                        order.side(), order.quantity().wh(), order.limit().microPerKwh(), order.status(),
                        nullable(order.cleared() == null ? null : order.cleared().wh()), order.placedAt(), order.updatedAt(),
                        order.source()));
    }

    @GetMapping("/regulator/markets/{marketId}/orderbook.csv")
    void orderBook(@PathVariable String marketId, HttpServletResponse response) throws IOException {
        MarketId id = MarketId.parse(marketId);
        OrderBookView book = markets.orderBook(id);
        List<List<Object>> rows = new ArrayList<>();
        book.bids().forEach(level -> rows.add(List.of("BUY", level.price().microPerKwh(), level.quantity().wh(), level.orders())));
        book.offers().forEach(level -> rows.add(List.of("SELL", level.price().microPerKwh(), level.quantity().wh(), level.orders())));
        write(response, fileName(id, "orderbook"), List.of("side", "limitPricePerKwh", "quantityWh", "orders"), rows,
                Function.identity());
    }

    @GetMapping("/regulator/markets/{marketId}/intervals.csv")
    void intervals(@PathVariable String marketId, HttpServletResponse response) throws IOException {
        MarketId id = MarketId.parse(marketId);
        MarketView market = audit.market(id);
        write(response, fileName(id, "intervals"),
                List.of("participantId", "meterId", "hourStart", "hourEnd", "status", "importWh", "exportWh", "quality",
                        "closedBy", "readingCount", "adjustments"),
                audit.intervals(market, markets.ordersOfMarket(id)), (MeterIntervalView interval) -> List.of(
                        interval.participantId(), interval.meterId(), interval.hourStart(), interval.hourEnd(),
                        interval.status(), nullable(interval.importWh()), nullable(interval.exportWh()),
                        nullable(interval.quality()), nullable(interval.closedBy()), interval.readingCount(),
                        interval.adjustments()));
    }

    @GetMapping("/regulator/markets/{marketId}/settlement-lines.csv")
    void settlementLines(@PathVariable String marketId, HttpServletResponse response) throws IOException {
        MarketId id = MarketId.parse(marketId);
        write(response, fileName(id, "settlement-lines"),
                List.of("participantId", "side", "clearedWh", "meteredWh", "entitledWh", "matchedWh", "p2pMicro",
                        "imbalanceMicro", "gridWh", "gridMicro", "netMicro", "estimated"),
                settlement(id).lines(), (SettlementAuditView.Line line) -> List.of(line.participantId(), line.side(),
                        line.clearedWh(), line.meteredWh(), line.entitledWh(), line.matchedWh(), line.p2pMicro(),
                        line.imbalanceMicro(), line.gridWh(), line.gridMicro(), line.netMicro(), line.estimated()));
    }

    /** One row per transaction: which group it belongs to, its status and round. */
    @GetMapping("/regulator/markets/{marketId}/transactions.csv")
    void transactions(@PathVariable String marketId, HttpServletResponse response) throws IOException {
        MarketId id = MarketId.parse(marketId);
        List<List<Object>> rows = new ArrayList<>();
        for (SettlementAuditView.GroupView group : settlement(id).groups()) {
            for (String txId : group.txIds()) {
                rows.add(List.of(group.index(), txId, group.status(), nullable(group.confirmedRound()), group.firstValid(),
                        group.lastValid(), group.signings(), nullable(group.ledgerMessage())));
            }
        }
        write(response, fileName(id, "transactions"),
                List.of("groupIndex", "txId", "status", "confirmedRound", "firstValid", "lastValid", "signings",
                        "ledgerMessage"), rows, Function.identity());
    }

    @GetMapping("/regulator/participants/{participantId}/statements.csv")
    void statements(@PathVariable String participantId, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        ParticipantId participant = new ParticipantId(participantId);
        MarketAudit.Period period = audit.statementPeriod(from, to);
        write(response, "statements-" + participant.value() + "-" + period.from() + "-" + period.to() + ".csv",
                List.of("marketId", "deliveryStart", "deliveryEnd", "settlementState", "side", "clearedWh", "meteredWh",
                        "p2pWh", "clearingPricePerKwh", "p2pAmountMicro", "gridImportWh", "gridExportWh",
                        "gridAmountMicro", "imbalanceMicro", "netMicro", "estimated", "txIds", "automaticClearedWh",
                        "manualClearedWh"),
                audit.statements(participant, period), (StatementOrders row) -> statementColumns(row));
    }

    /** Columns are only ever appended, so that spreadsheets reading them by position keep working. */
    private static List<Object> statementColumns(StatementOrders row) {
        StatementView s = row.statement();
        return List.of(s.marketId(), s.deliveryStart(), s.deliveryEnd(), s.settlementState(), s.side(), s.clearedWh(),
                s.meteredWh(), s.p2pWh(), s.clearingPricePerKwh(), s.p2pAmountMicro(), s.gridImportWh(),
                s.gridExportWh(), s.gridAmountMicro(), s.imbalanceMicro(), s.netMicro(), s.estimated(),
                String.join(" ", s.transfers().stream().map(StatementView.Payment::txId).toList()),
                row.automaticClearedWh(), row.manualClearedWh());
    }

    @GetMapping("/regulator/dead-letters.csv")
    void deadLetters(@RequestParam(required = false) String from, HttpServletResponse response) throws IOException {
        LocalDate first = audit.deadLettersFrom(from);
        write(response, "meter-dead-letters-" + first + ".csv",
                List.of("id", "receivedAt", "source", "meterId", "reason", "detail", "payloadBytes", "payloadTruncated",
                        "payload"),
                audit.deadLetters(first), letter -> List.of(letter.id(), letter.receivedAt(), letter.source(),
                        nullable(letter.meterId()), letter.reason(), nullable(letter.detail()), letter.payloadBytes(),
                        letter.payloadTruncated(), nullable(letter.payload())));
    }

    private SettlementAuditView settlement(MarketId id) {
        return settlements.settlement(id).orElseThrow(() -> new NotFoundException("Market " + id + " has no settlement (yet)"));
    }

    private static String fileName(MarketId id, String table) {
        return table + "-" + id.value().replace(':', '_') + ".csv";
    }

    /** Cells of List.of cannot be null: an absent value is an empty cell. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static <T> void write(HttpServletResponse response, String fileName, List<String> header, List<T> rows,
                                  Function<T, ? extends List<?>> columns) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                csv.printRecord(columns.apply(row).stream().map(SpreadsheetCell::of).toList());
            }
        }
    }
}
