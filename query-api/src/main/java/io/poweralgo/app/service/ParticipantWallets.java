package io.poweralgo.app.service;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.ledger.LedgerRejections;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.holdings.StablecoinHoldings;
import io.poweralgo.market.command.JdbcFundsReservations;
import org.springframework.stereotype.Service;

/**
 * A household's wallet: its custodial account's stablecoin holding as the ledger holds it now, less what its
 * open orders reserve. The reservations are read before the ledger: a settlement confirmed between the two
 * reads then counts for a moment both as reserved and as paid, never as neither, so what is shown as available
 * is never more than what is.
 */
@Service
public class ParticipantWallets {

    private final CustodialKeyStore custody;
    private final StablecoinHoldings holdings;
    private final JdbcFundsReservations reservations;

    public ParticipantWallets(CustodialKeyStore custody, StablecoinHoldings holdings,
                              JdbcFundsReservations reservations) {
        this.custody = custody;
        this.holdings = holdings;
        this.reservations = reservations;
    }

    /** Amounts in micro-units; {@code ledgerRound} is the round the ledger answered at. */
    public record Wallet(String algorandAddress, long holdingMicro, long reservedMicro, long availableMicro,
                         long ledgerRound) {
    }

    /**
     * @throws DomainRejection NOT_APPROVED if the participant has no ledger account yet (approval opens it),
     *                         LEDGER_UNAVAILABLE if the ledger cannot be asked
     */
    public Wallet walletOf(ParticipantId participant) {
        AlgorandAddress address = custody.addressOf(participant).orElseThrow(() -> new DomainRejection(
                DomainRejection.Kind.CONFLICT, "NOT_APPROVED",
                "Participant " + participant.value() + " has no wallet yet: its ledger account opens when its KYC is approved"));
        long reserved = reservations.reservedBy(participant);
        AlgodGateway.HoldingAtRound holding;
        try {
            holding = holdings.holdingNow(address);
        } catch (LedgerUnavailableException e) {
            throw LedgerRejections.unavailable(e);
        }
        return new Wallet(address.value(), holding.amount(), reserved, Math.subtractExact(holding.amount(), reserved),
                holding.round());
    }
}
