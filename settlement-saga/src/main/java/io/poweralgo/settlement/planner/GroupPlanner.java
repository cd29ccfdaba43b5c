package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
 *
 * <p>A group is all or nothing, so one payer who cannot pay would fail every transfer it shares a
 * group with. Payers known to be short are therefore walked after all the others and each is the
 * only payer of its groups (with the payees its money goes to): those groups fail alone and every
 * other group can confirm.
 */
public final class GroupPlanner {

    public static final int MAX_GROUP_SIZE = 16;

    private GroupPlanner() {
    }

    /**
     * Payers whose stablecoin holding is below what they owe, or whose holding is not known: the
     * groups they pay into would be refused by the ledger.
     *
     * @param holdingMicro what the payers hold on the ledger, read when the groups are planned
     */
    public static Set<ParticipantId> shortPayers(Map<ParticipantId, Long> netMicro, Map<ParticipantId, Long> holdingMicro) {
        Set<ParticipantId> shortPayers = new HashSet<>();
        netMicro.forEach((participant, net) -> {
            Long holding = holdingMicro.get(participant);
            if (net < 0 && (holding == null || holding < -net)) {
                shortPayers.add(participant);
            }
        });
        return shortPayers;
    }

    /**
     * @param netMicro    each participant's net amount: negative pays into the pool, positive is paid out
     * @param shortPayers payers that cannot pay what they owe; each gets groups of its own, planned last
     */
    public static List<TransferGroup> plan(Map<ParticipantId, Long> netMicro, Set<ParticipantId> shortPayers) {
        long balance = netMicro.values().stream().mapToLong(Long::longValue).sum();
        if (balance != 0) {
            throw new IllegalArgumentException("net amounts must add up to zero, not " + balance);
        }
        List<Map.Entry<ParticipantId, Long>> payersByTurn = sorted(netMicro, -1);
        List<Map.Entry<ParticipantId, Long>> payers = Stream.concat(
                payersByTurn.stream().filter(payer -> !shortPayers.contains(payer.getKey())),
                payersByTurn.stream().filter(payer -> shortPayers.contains(payer.getKey()))).toList();
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
            boolean payerAlone = shortPayers.contains(payer);
            if (!group.fits(payer, payee) || !group.admits(payer, payerAlone)) {
                groups.add(group.build(groups.size()));
                group = new GroupBuilder();
            }
            long amount = Math.min(payerLeft, payeeLeft);
            group.add(payer, payee, amount, payerAlone);
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
        private boolean hasLonePayer;

        boolean fits(ParticipantId payer, ParticipantId payee) {
            int added = (in.containsKey(payer) ? 0 : 1) + (out.containsKey(payee) ? 0 : 1);
            return in.size() + out.size() + added <= MAX_GROUP_SIZE;
        }

        /** A payer that must be alone joins only an empty group; no one joins its group but itself. */
        boolean admits(ParticipantId payer, boolean alone) {
            if (in.isEmpty() || in.containsKey(payer)) {
                return true;
            }
            return !alone && !hasLonePayer;
        }

        void add(ParticipantId payer, ParticipantId payee, long amount, boolean alone) {
            in.merge(payer, amount, Long::sum);
            out.merge(payee, amount, Long::sum);
            hasLonePayer |= alone;
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
