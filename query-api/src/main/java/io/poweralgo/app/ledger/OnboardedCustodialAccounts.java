package io.poweralgo.app.ledger;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.market.command.CustodialAccounts;

/**
 * Approval opens the participant's custodial account and makes it able to settle on the ledger
 * before the approval is recorded, so an approved trader can always settle. Both steps are
 * idempotent, so a retried approval repeats them safely.
 */
public final class OnboardedCustodialAccounts implements CustodialAccounts {

    private final CustodialKeyStore keyStore;
    private final LedgerOnboarding onboarding;

    public OnboardedCustodialAccounts(CustodialKeyStore keyStore, LedgerOnboarding onboarding) {
        this.keyStore = keyStore;
        this.onboarding = onboarding;
    }

    /** @throws io.poweralgo.api.rejection.DomainRejection UNAVAILABLE if the ledger cannot onboard the account now */
    @Override
    public AlgorandAddress openAccountFor(ParticipantId participant) {
        AlgorandAddress address = keyStore.openAccount(participant);
        try {
            onboarding.onboard(participant, address);
        } catch (LedgerUnavailableException e) {
            throw LedgerRejections.unavailable(e);
        }
        return address;
    }
}
