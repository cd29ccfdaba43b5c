package io.poweralgo.settlement.command;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.settlement.ConfirmSettlementGroup;
import io.poweralgo.api.settlement.FailSettlement;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.OpenSettlement;
import io.poweralgo.api.settlement.PrepareSettlement;
import io.poweralgo.api.settlement.RejectSettlementGroup;
import io.poweralgo.api.settlement.ReplaceSettlementGroup;
import io.poweralgo.api.settlement.RetrySettlement;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SettlementTarget;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StoredSettlementGroups;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The settlement of one market: decides which groups are stored, confirmed, rejected or rebuilt
 * and when the market is SETTLED or SETTLEMENT_FAILED. Every command is idempotent, because the
 * saga repeats what it did when it is redelivered an event after a crash.
 */
@Aggregate(cache = "settlementCache")
public class MarketSettlement {

    enum State { SETTLING, SETTLED, FAILED }

    enum GroupStatus { PENDING, CONFIRMED, REJECTED }

    @AggregateIdentifier
    private String identifier;
    private MarketId marketId;
    private State state;
    private boolean prepared;
    private long poolMicro;
    private final Map<Integer, SignedGroup> groups = new TreeMap<>();
    private final Map<Integer, GroupStatus> statuses = new TreeMap<>();
    private final Map<Integer, Long> confirmedRounds = new TreeMap<>();

    protected MarketSettlement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenSettlement cmd) {
        if (marketId != null) {
            return;
        }
        apply(new SettlementOpened(cmd.marketId(), cmd.deliveryEnd(), cmd.clearingPrice(), cmd.tariffs(),
                cmd.positions(), cmd.parties(), cmd.settleBy()));
    }

    /** Answers the groups stored: a repeated preparation gets the first signatures back, never new ones. */
    @CommandHandler
    StoredSettlementGroups handle(PrepareSettlement cmd) {
        if (prepared) {
            return new StoredSettlementGroups(List.copyOf(groups.values()));
        }
        for (SignedGroup group : cmd.groups()) {
            requireBalancedPool(group);
        }
        long poolIn = cmd.lines().stream().mapToLong(line -> Math.max(0, -line.netMicro())).sum();
        long poolOut = cmd.lines().stream().mapToLong(line -> Math.max(0, line.netMicro())).sum();
        if (poolIn != poolOut) {
            throw DomainRejection.invalid("POOL_NOT_BALANCED", "Settlement of " + marketId + " takes in " + poolIn
                    + " but pays out " + poolOut + " micro-units");
        }
        apply(new SettlementPrepared(cmd.marketId(), cmd.metered(), cmd.matchedWh(), cmd.poolMicro(), cmd.lines(),
                cmd.groups()));
        if (cmd.groups().isEmpty()) {
            apply(new MarketSettled(marketId, 0, 0, 0, 0));
        }
        return new StoredSettlementGroups(cmd.groups());
    }

    @CommandHandler
    void handle(ConfirmSettlementGroup cmd) {
        SignedGroup group = requireGroup(cmd.groupIndex());
        if (statuses.get(cmd.groupIndex()) == GroupStatus.CONFIRMED) {
            return;
        }
        apply(new SettlementGroupConfirmed(marketId, cmd.groupIndex(), group.txIds(), cmd.confirmedRound()));
        concludeIfResolved();
    }

    @CommandHandler
    void handle(RejectSettlementGroup cmd) {
        SignedGroup group = requireGroup(cmd.groupIndex());
        if (statuses.get(cmd.groupIndex()) != GroupStatus.PENDING) {
            return;
        }
        apply(new SettlementGroupRejected(marketId, cmd.groupIndex(), group.txIds(), cmd.ledgerMessage()));
        concludeIfResolved();
    }

    @CommandHandler
    void handle(ReplaceSettlementGroup cmd) {
        SignedGroup current = requireGroup(cmd.group().index());
        if (statuses.get(current.index()) == GroupStatus.CONFIRMED) {
            throw DomainRejection.conflict("GROUP_CONFIRMED", "Group " + current.index() + " of " + marketId
                    + " is confirmed on the ledger and must not be signed again");
        }
        if (!current.transfers().equals(cmd.group().transfers())) {
            throw DomainRejection.invalid("GROUP_CHANGED", "A rebuilt group must move exactly the transfers of group "
                    + current.index() + " of " + marketId);
        }
        if (current.txIds().equals(cmd.group().txIds())) {
            return;
        }
        apply(new SettlementGroupRebuilt(marketId, cmd.group(), cmd.reason()));
    }

    /**
     * Also before the settlement opened: the saga can fail while it gathers what it opens with, and
     * the market must then still show SETTLEMENT_FAILED with the reason.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FailSettlement cmd) {
        if (state == null || state == State.SETTLING) {
            apply(new SettlementFailed(cmd.marketId(), cmd.reason()));
        }
    }

    @CommandHandler
    void handle(RetrySettlement cmd) {
        if (state != State.FAILED) {
            throw DomainRejection.conflict("SETTLEMENT_NOT_FAILED", "Settlement of " + marketId + " is " + state
                    + "; only a failed settlement can be retried");
        }
        apply(new SettlementRetryRequested(marketId, cmd.requestedBy()));
    }

    private SignedGroup requireGroup(int index) {
        SignedGroup group = groups.get(index);
        if (group == null) {
            throw DomainRejection.notFound("GROUP_NOT_FOUND", "Settlement of " + marketId + " has no group " + index);
        }
        return group;
    }

    private static void requireBalancedPool(SignedGroup group) {
        long net = 0;
        for (Transfer transfer : group.transfers()) {
            net += transfer.direction() == Transfer.Direction.TO_POOL ? transfer.amountMicro() : -transfer.amountMicro();
        }
        if (net != 0 || group.transfers().size() != group.signedTransactions().size()
                || group.txIds().size() != group.signedTransactions().size()) {
            throw DomainRejection.invalid("GROUP_NOT_BALANCED", "Group " + group.index()
                    + " must net the pool to zero and carry one signed transaction per transfer");
        }
    }

    private void concludeIfResolved() {
        if (statuses.containsValue(GroupStatus.PENDING)) {
            return;
        }
        List<Integer> rejected = new ArrayList<>();
        statuses.forEach((index, status) -> {
            if (status == GroupStatus.REJECTED) {
                rejected.add(index);
            }
        });
        if (rejected.isEmpty()) {
            int transfers = groups.values().stream().mapToInt(group -> group.transfers().size()).sum();
            long lastRound = confirmedRounds.values().stream().mapToLong(Long::longValue).max().orElse(0);
            apply(new MarketSettled(marketId, groups.size(), transfers, poolMicro, lastRound));
        } else if (state == State.SETTLING) {
            List<String> payers = rejected.stream().flatMap(index -> groups.get(index).transfers().stream())
                                          .filter(transfer -> transfer.direction() == Transfer.Direction.TO_POOL)
                                          .map(transfer -> transfer.participant().value()).distinct().sorted().toList();
            apply(new SettlementFailed(marketId, rejected.size() + " of " + groups.size()
                    + " groups rejected by the ledger (groups " + rejected + ", paid into by " + payers
                    + "); the others are confirmed"));
        }
    }

    @EventSourcingHandler
    void on(SettlementOpened event) {
        identifier = SettlementTarget.of(event.marketId());
        marketId = event.marketId();
        state = State.SETTLING;
    }

    @EventSourcingHandler
    void on(SettlementPrepared event) {
        prepared = true;
        poolMicro = event.poolMicro();
        event.groups().forEach(group -> {
            groups.put(group.index(), group);
            statuses.put(group.index(), GroupStatus.PENDING);
        });
    }

    @EventSourcingHandler
    void on(SettlementGroupConfirmed event) {
        statuses.put(event.groupIndex(), GroupStatus.CONFIRMED);
        confirmedRounds.put(event.groupIndex(), event.confirmedRound());
    }

    @EventSourcingHandler
    void on(SettlementGroupRejected event) {
        statuses.put(event.groupIndex(), GroupStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(SettlementGroupRebuilt event) {
        groups.put(event.group().index(), event.group());
        statuses.put(event.group().index(), GroupStatus.PENDING);
    }

    @EventSourcingHandler
    void on(SettlementFailed event) {
        identifier = SettlementTarget.of(event.marketId());
        marketId = event.marketId();
        state = State.FAILED;
    }

    @EventSourcingHandler
    void on(SettlementRetryRequested event) {
        state = State.SETTLING;
    }

    @EventSourcingHandler
    void on(MarketSettled event) {
        state = State.SETTLED;
    }
}
