package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.Transfer;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.settlement.planner.Leg;
import io.poweralgo.settlement.planner.TransferGroup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A ledger for saga tests: signs with predictable txids ("S{index}-{leg}", "R{index}-{leg}" when
 * signed again) and answers each submission with the next scripted outcome. Everyone holds
 * plenty of the stablecoin unless a holding is set.
 */
final class ScriptedLedger implements SettlementLedger {

    final List<List<SignedGroup>> submissions = new ArrayList<>();
    private final Deque<Function<SignedGroup, GroupOutcome>> script = new ArrayDeque<>();
    private final Map<ParticipantId, Long> holdings = new HashMap<>();
    private boolean unavailable;

    ScriptedLedger holding(ParticipantId participant, long micro) {
        holdings.put(participant, micro);
        return this;
    }

    ScriptedLedger then(Function<SignedGroup, GroupOutcome> outcome) {
        script.add(outcome);
        return this;
    }

    ScriptedLedger unavailableForSigning() {
        unavailable = true;
        return this;
    }

    @Override
    public Map<ParticipantId, Long> holdings(Set<ParticipantId> participants, Map<ParticipantId, AlgorandAddress> accounts) {
        if (unavailable) {
            throw new LedgerUnavailableException("algod unreachable (asset holding): Connection refused");
        }
        Map<ParticipantId, Long> answer = new HashMap<>();
        participants.forEach(participant -> answer.put(participant, holdings.getOrDefault(participant, Long.MAX_VALUE)));
        return answer;
    }

    @Override
    public List<SignedGroup> sign(MarketId market, List<TransferGroup> groups, Map<ParticipantId, AlgorandAddress> accounts) {
        if (unavailable) {
            throw new LedgerUnavailableException("algod unreachable (transaction parameters): Connection refused");
        }
        return groups.stream().map(group -> signed(group.index(), transfers(group), "S", 1_000)).toList();
    }

    @Override
    public SignedGroup signAgain(MarketId market, SignedGroup group, Map<ParticipantId, AlgorandAddress> accounts) {
        return signed(group.index(), group.transfers(), "R", group.lastValid() + 1_000);
    }

    @Override
    public List<GroupOutcome> submitAndConfirm(List<SignedGroup> groups) {
        submissions.add(List.copyOf(groups));
        Function<SignedGroup, GroupOutcome> next = script.isEmpty() ? g -> new GroupOutcome.Confirmed(g.index(), 7) : script.poll();
        return groups.stream().map(next).toList();
    }

    static SignedGroup signed(int index, List<Transfer> transfers, String prefix, long lastValid) {
        List<String> ids = new ArrayList<>();
        List<String> bytes = new ArrayList<>();
        for (int leg = 0; leg < transfers.size(); leg++) {
            ids.add(prefix + index + "-" + leg);
            bytes.add("AAAA");
        }
        return new SignedGroup(index, transfers, ids, bytes, lastValid - 1_000, lastValid);
    }

    private static List<Transfer> transfers(TransferGroup group) {
        return group.legs().stream().map(leg -> new Transfer(leg.participant(), leg.direction() == Leg.Direction.TO_POOL
                ? Transfer.Direction.TO_POOL : Transfer.Direction.FROM_POOL, leg.amountMicro())).toList();
    }
}
