package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each participant's net amount of a market hour into atomic groups of at most
 * {@value #MAX_GROUP_SIZE} transfers, each netting the pool to zero, so that one failed group
 * never leaves the pool short.
 *
 * <p>Payers and payees are walked in participant order and matched like two sorted queues: each
 * step moves the smaller of the current payer's and payee's remaining amounts, so every step
 * finishes at least one of them. Consecutive steps share a participant, so a group of k steps has
 * at most k + 1 legs, and a participant is split between two groups only at a group boundary:
 * N participants need at most N + (groups − 1) transfers.
 */
public final class GroupPlanner {

    public static final int MAX_GROUP_SIZE = 16;

    private GroupPlanner() {
    }

    /** @param netMicro each participant's net amount: negative pays into the pool, positive is paid out */
    public static List<TransferGroup> plan(Map<ParticipantId, Long> netMicro) {
        long balance = netMicro.values().stream().mapToLong(Long::longValue).sum();
        if (balance != 0) {
            throw new IllegalArgumentException("net amounts must add up to zero, not " + balance);
        }
        List<Map.Entry<ParticipantId, Long>> payers = sorted(netMicro, -1);
        List<Map.Entry<ParticipantId, Long>> payees = sorted(netMicro, 1);
        List<TransferGroup> groups = new ArrayList<>();
        GroupBuilder group = new GroupBuilder();
        int p = 0;
        int q = 0;
        long payerLeft = payers.isEmpty() ? 0 : -payers.get(0).getValue();
        long payeeLeft = payees.isEmpty() ? 0 : payees.get(0).getValue();
        while (p < payers.size() && q < payees.size()) {
            ParticipantId payer = payers.get(p).getKey();
            ParticipantId payee = payees.get(q).getKey();
            if (!group.fits(payer, payee)) {
                groups.add(group.build(groups.size()));
                group = new GroupBuilder();
            }
            long amount = Math.min(payerLeft, payeeLeft);
            group.add(payer, payee, amount);
            payerLeft -= amount;
            payeeLeft -= amount;
            if (payerLeft == 0 && ++p < payers.size()) {
                payerLeft = -payers.get(p).getValue();
            }
            if (payeeLeft == 0 && ++q < payees.size()) {
                payeeLeft = payees.get(q).getValue();
            }
        }
        if (!group.isEmpty()) {
            groups.add(group.build(groups.size()));
        }
        return groups;
    }

    private static List<Map.Entry<ParticipantId, Long>> sorted(Map<ParticipantId, Long> netMicro, int sign) {
        return netMicro.entrySet().stream()
                       .filter(entry -> Long.signum(entry.getValue()) == sign)
                       .sorted(Comparator.comparing(entry -> entry.getKey().value()))
                       .toList();
    }

    /** Legs of one group, summed per participant; payments in come before payments out. */
    private static final class GroupBuilder {
        private final Map<ParticipantId, Long> in = new LinkedHashMap<>();
        private final Map<ParticipantId, Long> out = new LinkedHashMap<>();

        boolean fits(ParticipantId payer, ParticipantId payee) {
            int added = (in.containsKey(payer) ? 0 : 1) + (out.containsKey(payee) ? 0 : 1);
            return in.size() + out.size() + added <= MAX_GROUP_SIZE;
        }

        void add(ParticipantId payer, ParticipantId payee, long amount) {
            in.merge(payer, amount, Long::sum);
            out.merge(payee, amount, Long::sum);
        }

        boolean isEmpty() {
            return in.isEmpty();
        }

        TransferGroup build(int index) {
            List<Leg> legs = new ArrayList<>(in.size() + out.size());
            in.forEach((participant, amount) -> legs.add(new Leg(participant, Leg.Direction.TO_POOL, amount)));
            out.forEach((participant, amount) -> legs.add(new Leg(participant, Leg.Direction.FROM_POOL, amount)));
            return new TransferGroup(index, legs);
        }
    }
}
