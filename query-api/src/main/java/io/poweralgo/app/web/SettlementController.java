package io.poweralgo.app.web;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.RetrySettlement;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementVerificationView;
import io.poweralgo.app.ledger.LedgerRejections;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.ParticipantStatements;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.settlement.algorand.SettlementVerifier;
import io.poweralgo.settlement.query.SettlementQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** Statements for participants; settlement audit and on-chain verification for regulators; retry for admins. */
@RestController
@Tag(name = "Settlement", description = "Statements, settlement audit, verification against the ledger")
public class SettlementController {

    private static final Duration MAX_STATEMENT_RANGE = Duration.ofDays(366);
    private static final Logger log = LoggerFactory.getLogger(SettlementController.class);

    private final SettlementQueries queries;
    private final ParticipantStatements statements;
    private final CommandGateway commands;
    private final SettlementVerifier verifier;

    public SettlementController(SettlementQueries queries, ParticipantStatements statements, CommandGateway commands,
                                SettlementVerifier verifier) {
        this.queries = queries;
        this.statements = statements;
        this.commands = commands;
        this.verifier = verifier;
    }

    /** The accepted retry: the market is SETTLING again. */
    public record RetryAccepted(String marketId, String state) {
    }

    @GetMapping("/api/participants/{id}/statements")
    @Operation(summary = "Statements of the markets delivering in [from, to) (ISO-8601 UTC; at most 366 days), "
            + "each with the participant's orders in its market and their source (MANUAL or AUTOMATIC)")
    public List<SettlementResponses.Statement> statements(@PathVariable String id, @RequestParam String from,
                                                          @RequestParam String to, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        QueryPeriod period = QueryPeriod.parse(from, to, MAX_STATEMENT_RANGE);
        return statements.statements(participant, period.from(), period.to()).stream()
                         .map(SettlementResponses.Statement::of).toList();
    }

    @GetMapping("/api/regulator/markets/{marketId}/settlement")
    @Operation(summary = "A market's settlement: inputs, computed transfers, and every group with its signed transactions")
    public SettlementAuditView settlement(@PathVariable String marketId) {
        return find(MarketId.parse(marketId));
    }

    @GetMapping("/api/regulator/markets/{marketId}/verification")
    @Operation(summary = "Re-reads the ledger and reports whether what is on chain matches the computed settlement")
    public SettlementVerificationView verification(@PathVariable String marketId) {
        SettlementAuditView settlement = find(MarketId.parse(marketId));
        try {
            return verifier.verify(settlement);
        } catch (LedgerUnavailableException e) {
            throw LedgerRejections.unavailable(e);
        }
    }

    @PostMapping("/api/admin/markets/{marketId}/settlement/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Retries a SETTLEMENT_FAILED market: unconfirmed groups are resubmitted or signed again")
    public RetryAccepted retry(@PathVariable String marketId, Authentication authentication) {
        MarketId market = MarketId.parse(marketId);
        AdminId admin = Caller.of(authentication).asAdmin();
        commands.sendAndWait(new RetrySettlement(market, admin));
        log.info("settlement retry accepted market={} admin={}", market, admin);
        return new RetryAccepted(market.value(), "SETTLING");
    }

    private SettlementAuditView find(MarketId market) {
        return queries.settlement(market).orElseThrow(() -> new NotFoundException("Market " + market + " has no settlement (yet)"));
    }
}
