package io.poweralgo.app.settlement;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.settlement.planner.TransferGroup;
import io.poweralgo.settlement.saga.GroupOutcome;
import io.poweralgo.settlement.saga.SettlementLedger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.TransientDataAccessResourceException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A configuration source for tests (no annotation, so component scanning never picks it up): it
 * wraps the app's {@link SettlementLedger} so that signing the groups of one chosen market fails,
 * either deterministically (a bug no retry cures) or transiently, once.
 */
public class FaultyLedger {

    enum Fault { DETERMINISTIC, TRANSIENT_ONCE }

    static final String DETERMINISTIC_MESSAGE = "injected: no signing for this market";

    private static final Map<String, Fault> FAULTS = new ConcurrentHashMap<>();

    static void inject(String market, Fault fault) {
        FAULTS.put(market, fault);
    }

    @Bean
    static BeanPostProcessor faultyLedgerWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof SettlementLedger ledger ? wrap(ledger) : bean;
            }
        };
    }

    private static SettlementLedger wrap(SettlementLedger ledger) {
        return new SettlementLedger() {
            @Override
            public List<SignedGroup> sign(MarketId market, List<TransferGroup> groups,
                                          Map<ParticipantId, AlgorandAddress> accounts) {
                Fault fault = FAULTS.get(market.value());
                if (fault == Fault.DETERMINISTIC) {
                    throw new IllegalStateException(DETERMINISTIC_MESSAGE);
                }
                if (fault == Fault.TRANSIENT_ONCE && FAULTS.remove(market.value(), Fault.TRANSIENT_ONCE)) {
                    throw new TransientDataAccessResourceException("injected: database busy, once");
                }
                return ledger.sign(market, groups, accounts);
            }

            @Override
            public SignedGroup signAgain(MarketId market, SignedGroup group,
                                         Map<ParticipantId, AlgorandAddress> accounts) {
                return ledger.signAgain(market, group, accounts);
            }

            @Override
            public Map<ParticipantId, Long> holdings(Set<ParticipantId> participants,
                                                     Map<ParticipantId, AlgorandAddress> accounts) {
                return ledger.holdings(participants, accounts);
            }

            @Override
            public List<GroupOutcome> submitAndConfirm(List<SignedGroup> groups) {
                return ledger.submitAndConfirm(groups);
            }
        };
    }
}
