package io.poweralgo.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.app.stream.MarketStream;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.market.query.ParticipantQueries;
import io.poweralgo.settlement.algorand.SettlementVerifier;
import io.poweralgo.settlement.query.SettlementQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regulators' read-only pages: markets by microgrid and day (live), a market's curves, order
 * book, meter intervals, settlement groups and on-chain verification, participants' statements and
 * meter dead letters. Admins see them too.
 */
@Controller
class RegulatorConsoleController {

    private static final Logger log = LoggerFactory.getLogger(RegulatorConsoleController.class);

    private final MarketAudit audit;
    private final MarketQueries markets;
    private final ParticipantQueries participants;
    private final SettlementQueries settlements;
    private final MarketStream stream;
    private final SettlementVerifier verifier;
    private final ObjectMapper json;

    RegulatorConsoleController(MarketAudit audit, MarketQueries markets, ParticipantQueries participants,
                               SettlementQueries settlements, MarketStream stream, SettlementVerifier verifier,
                               ObjectMapper json) {
        this.audit = audit;
        this.markets = markets;
        this.participants = participants;
        this.settlements = settlements;
        this.stream = stream;
        this.verifier = verifier;
        this.json = json;
    }

    @GetMapping("/regulator/markets")
    String markets(@RequestParam(required = false) String microgrid, @RequestParam(required = false) String day,
                   Model model) {
        addMarketsOfDay(microgrid, day, model);
        return "regulator/markets";
    }

    /** The markets table alone: the page reloads it whenever the stream reports a change. */
    @GetMapping("/regulator/markets/table")
    String marketsTable(@RequestParam(required = false) String microgrid, @RequestParam(required = false) String day,
                        Model model) {
        addMarketsOfDay(microgrid, day, model);
        return "regulator/markets :: table";
    }

    @GetMapping(path = "/regulator/markets/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return stream.connect();
    }

    @GetMapping("/regulator/markets/{marketId}")
    String market(@PathVariable String marketId, Model model) throws JsonProcessingException {
        MarketId id = MarketId.parse(marketId);
        MarketView market = audit.market(id);
        List<OrderView> orders = markets.ordersOfMarket(id);
        model.addAttribute("market", market);
        model.addAttribute("chart", json.writeValueAsString(chart(market)));
        model.addAttribute("orderBook", markets.orderBook(id));
        model.addAttribute("orders", orders);
        model.addAttribute("intervals", audit.intervals(market, orders));
        model.addAttribute("settlement", settlements.settlement(id).orElse(null));
        return "regulator/market";
    }

    /** Re-reads the ledger, on demand: it is the one page that leaves the platform's own stores. */
    @GetMapping("/regulator/markets/{marketId}/verification")
    String verification(@PathVariable String marketId, Model model) {
        MarketId id = MarketId.parse(marketId);
        Optional<SettlementAuditView> settlement = settlements.settlement(id);
        if (settlement.isEmpty()) {
            model.addAttribute("error", "Market " + marketId + " has no settlement yet");
            return "regulator/verification :: result";
        }
        try {
            model.addAttribute("verification", verifier.verify(settlement.get()));
        } catch (LedgerUnavailableException e) {
            log.warn("settlement verification unavailable market={} reason=\"{}\"", marketId, e.getMessage());
            model.addAttribute("error", "The ledger cannot be reached right now: " + e.getMessage());
        }
        return "regulator/verification :: result";
    }

    @GetMapping("/regulator/participants")
    String participants(@RequestParam(defaultValue = "APPROVED") ParticipantStatus status,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(page, 0);
        List<ParticipantView> listed = participants.participants(status, shown, FindParticipantsByStatus.MAX_PAGE_SIZE);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ParticipantStatus.values());
        model.addAttribute("participants", listed);
        model.addAttribute("page", shown);
        // a full page may have a successor; the read model answers an empty page past the last one
        model.addAttribute("morePages", listed.size() == FindParticipantsByStatus.MAX_PAGE_SIZE);
        return "regulator/participants";
    }

    @GetMapping("/regulator/participants/{participantId}/statements")
    String statements(@PathVariable String participantId, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, Model model) {
        ParticipantId participant = new ParticipantId(participantId);
        MarketAudit.Period period = audit.statementPeriod(from, to);
        model.addAttribute("participant", participants.participant(participant).orElse(null));
        model.addAttribute("participantId", participant.value());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("statements", audit.statements(participant, period));
        return "regulator/statements";
    }

    @GetMapping("/regulator/dead-letters")
    String deadLetters(@RequestParam(required = false) String from, Model model) {
        LocalDate first = audit.deadLettersFrom(from);
        model.addAttribute("from", first);
        model.addAttribute("deadLetters", audit.deadLetters(first));
        model.addAttribute("limit", MarketAudit.MAX_DEAD_LETTERS);
        return "regulator/dead-letters";
    }

    private void addMarketsOfDay(String microgrid, String day, Model model) {
        List<MicrogridView> microgrids = markets.microgrids();
        LocalDate date = audit.day(day);
        Optional<String> chosen = audit.microgridOrFirst(microgrid, microgrids);
        model.addAttribute("microgrids", microgrids);
        model.addAttribute("microgrid", chosen.orElse(null));
        model.addAttribute("day", date);
        model.addAttribute("markets", chosen.map(mg -> audit.marketsOfDay(mg, date)).orElse(List.of()));
    }

    /** Curves as step points (cumulative Wh, price in micro-units per kWh) and the clearing point, for Chart.js. */
    private static Map<String, Object> chart(MarketView market) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("demand", points(market.demandCurve()));
        chart.put("supply", points(market.supplyCurve()));
        if (market.clearingPrice() != null && market.clearedVolume() != null) {
            chart.put("clearing", Map.of("wh", market.clearedVolume().wh(), "price", market.clearingPrice().microPerKwh()));
        }
        return chart;
    }

    private static List<Map<String, Long>> points(List<MarketCleared.CurvePoint> curve) {
        return curve.stream().map(p -> Map.of("wh", p.cumulative().wh(), "price", p.price().microPerKwh())).toList();
    }
}
