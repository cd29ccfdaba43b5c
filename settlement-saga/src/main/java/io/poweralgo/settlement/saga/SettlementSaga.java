package io.poweralgo.settlement.saga;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.ConfirmSettlementGroup;
import io.poweralgo.api.settlement.FailSettlement;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.OpenSettlement;
import io.poweralgo.api.settlement.PrepareSettlement;
import io.poweralgo.api.settlement.RejectSettlementGroup;
import io.poweralgo.api.settlement.ReplaceSettlementGroup;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StoredSettlementGroups;
import io.poweralgo.api.settlement.TradedPosition;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.settlement.calc.SettlementPlan;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles one cleared market: waits for every meter-hour of its traders (or the grace deadline),
 * computes and signs the groups, has them stored by the {@code MarketSettlement} aggregate, and
 * only then submits them, reacting to the stored event. A crash while submitting redelivers that
 * event, so the stored bytes are submitted again and the ledger answers "already in ledger":
 * nobody is paid twice. A group is signed anew only once its lastValid round has passed and the
 * blocks of its window prove it was not included; when they cannot, the settlement fails with
 * {@code INCLUSION_UNKNOWN}. Ledger faults are retried with backoff until the attempt limit, then the
 * settlement fails with the reason and waits for an admin's retry.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class SettlementSaga {

    static final String SETTLE_ANYWAY = "settlement-grace";
    static final String RETRY = "settlement-retry";
    static final String METER_HOUR = "meterHour";

    private static final Logger log = LoggerFactory.getLogger(SettlementSaga.class);

    @Inject
    private transient CommandGateway commands;
    @Inject
    private transient DeadlineManager deadlines;
    @Inject
    private transient SettlementParties parties;
    @Inject
    private transient SettlementLedger ledger;
    @Inject
    private transient SettlementTimings timings;
    @Inject
    private transient SettlementBook book;

    private MarketId marketId;
    private Instant deliveryEnd;
    private long clearingPrice;
    private Tariffs tariffs;
    private boolean prepared;
    private Map<Integer, SignedGroup> pending = new TreeMap<>();
    private Map<Integer, SignedGroup> rejected = new TreeMap<>();
    private int attempts;
    /**
     * From the start of opening until the settlement is opened. Stays true when opening failed (the
     * processor parked the event and failed the settlement), so that nothing is prepared from
     * positions that were never all recorded: that would pay some traders and forget the others.
     */
    private boolean opening;

    @StartSaga
    @SagaEventHandler(associationProperty = "marketId")
    void on(MarketCleared event) {
        if (event.tariffs() == null || event.deliveryEnd() == null) {
            log.warn("market cleared before settlement existed market={}; it is not settled", event.marketId());
            SagaLifecycle.end();
            return;
        }
        marketId = event.marketId();
        deliveryEnd = event.deliveryEnd();
        clearingPrice = event.clearingPrice() == null ? event.tariffs().feedInTariff().microPerKwh()
                : event.clearingPrice().microPerKwh();
        tariffs = event.tariffs();
        opening = true;
        List<TradedPosition> positions = TradedPositions.of(event.fills());
        List<SettlementParty> traders = new ArrayList<>();
        List<MeteredEnergy> expected = new ArrayList<>();
        for (ParticipantId trader : positions.stream().map(TradedPosition::participant).distinct().toList()) {
            SettlementParty party = parties.partyOf(trader);
            traders.add(party);
            for (MeterId meter : party.meters()) {
                for (Instant hour = MeterHourId.containing(meter, marketId.deliveryStart()).hourStart();
                     hour.isBefore(deliveryEnd); hour = hour.plusSeconds(3_600)) {
                    expected.add(MeteredEnergy.missing(trader, meter, hour));
                    SagaLifecycle.associateWith(METER_HOUR, new MeterHourId(meter, hour).value());
                }
            }
        }
        book.open(marketId, positions, traders, expected);
        Instant settleBy = deliveryEnd.plus(timings.grace());
        commands.sendAndWait(new OpenSettlement(marketId, deliveryEnd, Price.perKwh(clearingPrice), tariffs, positions,
                traders, settleBy));
        opening = false;
        log.info("settlement opened market={} traders={} meterHours={} settleBy={}", marketId, traders.size(),
                expected.size(), settleBy);
        if (expected.isEmpty()) {
            prepare();
        } else {
            deadlines.schedule(settleBy, SETTLE_ANYWAY);
        }
    }

    @SagaEventHandler(associationProperty = "meterHour", keyName = METER_HOUR)
    void on(MeterIntervalClosed event) {
        if (prepared) {
            return;
        }
        int stillOpen = book.close(marketId, event.meterHour(), event.participantId(), event.importWh(), event.exportWh(),
                event.quality());
        if (stillOpen == 0) {
            deadlines.cancelAll(SETTLE_ANYWAY);
            prepare();
        }
    }

    @DeadlineHandler(deadlineName = SETTLE_ANYWAY)
    void settleWithWhatClosed() {
        if (!prepared) {
            log.warn("settlement deadline reached market={}; meter-hours still open count as zero, ESTIMATED", marketId);
            prepare();
        }
    }

    @SagaEventHandler(associationProperty = "marketId")
    void on(SettlementPrepared event) {
        prepared = true;
        deadlines.cancelAll(SETTLE_ANYWAY);
        event.groups().forEach(group -> pending.putIfAbsent(group.index(), group));
        submitPending();
    }

    @SagaEventHandler(associationProperty = "marketId")
    void on(SettlementRetryRequested event) {
        attempts = 0;
        deadlines.cancelAll(RETRY);
        log.info("settlement retry requested market={} by={} rejectedGroups={} pendingGroups={}", marketId,
                event.requestedBy(), rejected.keySet(), pending.keySet());
        if (!prepared) {
            prepare();
            return;
        }
        try {
            for (SignedGroup group : List.copyOf(rejected.values())) {
                pending.put(group.index(), signAgain(group, "retry after rejection"));
                rejected.remove(group.index());
            }
        } catch (LedgerUnavailableException e) {
            retryLater("cannot sign again: " + e.getMessage());
            return;
        }
        submitPending();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        if (prepared) {
            submitPending();
        } else {
            prepare();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "marketId")
    void on(MarketSettled event) {
        deadlines.cancelAll(RETRY);
        log.info("market settled market={} groups={} transfers={} poolMicro={} lastRound={}", marketId, event.groups(),
                event.transfers(), event.poolMicro(), event.lastConfirmedRound());
    }

    private void prepare() {
        if (opening) {
            throw new IllegalStateException("settlement of " + marketId + " never opened, so its positions are incomplete;"
                    + " it cannot be prepared");
        }
        List<MeteredEnergy> metered = book.metered(marketId);
        Map<ParticipantId, AlgorandAddress> accounts = accounts();
        SettlementPlan plan;
        try {
            plan = SettlementPlan.compute(clearingPrice, tariffs, book.positions(marketId), metered,
                    marketId.deliveryStart(), deliveryEnd, payers -> ledger.holdings(payers, accounts));
        } catch (LedgerUnavailableException e) {
            retryLater("cannot read holdings: " + e.getMessage());
            return;
        }
        List<SignedGroup> signed;
        try {
            signed = ledger.sign(marketId, plan.groups(), accounts);
        } catch (LedgerUnavailableException e) {
            retryLater("cannot sign: " + e.getMessage());
            return;
        }
        plan.shortPayers().forEach(payer -> log.warn(
                "settlement isolates short payer market={} participant={} owesMicro={} holdingMicro={}", marketId,
                payer.participant(), payer.owesMicro(), payer.holdingMicro()));
        StoredSettlementGroups stored = commands.sendAndWait(new PrepareSettlement(marketId, metered,
                plan.settlement().matchedWh(), plan.settlement().poolInMicro(), plan.lines(), signed));
        prepared = true;
        attempts = 0;
        log.info("settlement prepared market={} matchedWh={} poolMicro={} groups={} estimated={}", marketId,
                plan.settlement().matchedWh(), plan.settlement().poolInMicro(), stored.groups().size(),
                metered.stream().filter(MeteredEnergy::missing).count());
    }

    private void submitPending() {
        while (!pending.isEmpty()) {
            List<GroupOutcome> outcomes = ledger.submitAndConfirm(List.copyOf(pending.values()));
            String unavailable = null;
            List<String> inclusionUnknown = new ArrayList<>();
            boolean expired = false;
            for (GroupOutcome outcome : outcomes) {
                int index = outcome.groupIndex();
                if (outcome instanceof GroupOutcome.Confirmed confirmed) {
                    commands.sendAndWait(new ConfirmSettlementGroup(marketId, index, confirmed.round()));
                    pending.remove(index);
                } else if (outcome instanceof GroupOutcome.Rejected refused) {
                    log.warn("settlement group rejected market={} group={} ledger=\"{}\"", marketId, index,
                            refused.message());
                    commands.sendAndWait(new RejectSettlementGroup(marketId, index, refused.message()));
                    rejected.put(index, pending.remove(index));
                } else if (outcome instanceof GroupOutcome.Expired) {
                    try {
                        pending.put(index, signAgain(pending.get(index), "lastValid passed unconfirmed"));
                        expired = true;
                    } catch (LedgerUnavailableException e) {
                        unavailable = "cannot sign again: " + e.getMessage();
                    }
                } else if (outcome instanceof GroupOutcome.InclusionUnknown unknown) {
                    inclusionUnknown.add("group " + index + " may be on the ledger; " + unknown.reason());
                } else if (outcome instanceof GroupOutcome.Unavailable down) {
                    unavailable = down.reason();
                }
            }
            if (!inclusionUnknown.isEmpty()) {
                failUnproven(inclusionUnknown);
                return;
            }
            if (unavailable != null) {
                retryLater(unavailable);
                return;
            }
            if (!expired) {
                return;
            }
        }
    }

    /**
     * A group neither proven on the ledger nor proven absent must not be signed again (a second
     * signing after its window would pay twice) nor be retried blindly: the settlement stops until an
     * operator has established the truth, e.g. from an archival node or an indexer.
     */
    private void failUnproven(List<String> groups) {
        String reason = GroupOutcome.InclusionUnknown.CODE + ": " + String.join("; ", groups);
        log.error("settlement failed market={} reason=\"{}\"", marketId, reason);
        deadlines.cancelAll(RETRY);
        commands.sendAndWait(new FailSettlement(marketId, reason));
    }

    private SignedGroup signAgain(SignedGroup group, String reason) {
        SignedGroup rebuilt = ledger.signAgain(marketId, group, accounts());
        commands.sendAndWait(new ReplaceSettlementGroup(marketId, rebuilt, reason));
        log.info("settlement group signed again market={} group={} reason=\"{}\" lastValid={}", marketId, group.index(),
                reason, rebuilt.lastValid());
        return rebuilt;
    }

    private Map<ParticipantId, AlgorandAddress> accounts() {
        return book.accounts(marketId);
    }

    private void retryLater(String reason) {
        attempts++;
        if (attempts >= timings.maxAttempts()) {
            log.error("settlement failed market={} attempts={} reason=\"{}\"", marketId, attempts, reason);
            commands.sendAndWait(new FailSettlement(marketId, "ledger unavailable after " + attempts + " attempts: " + reason));
            return;
        }
        deadlines.cancelAll(RETRY);
        deadlines.schedule(timings.backoff(attempts), RETRY);
        log.warn("settlement retry scheduled market={} attempt={} in={} reason=\"{}\"", marketId, attempts,
                timings.backoff(attempts), reason);
    }
}
