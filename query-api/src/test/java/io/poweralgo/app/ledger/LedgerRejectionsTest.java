package io.poweralgo.app.ledger;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.ledger.LedgerUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerRejectionsTest {

    @Test
    void an_unavailable_ledger_is_a_503_that_is_safe_to_repeat_and_names_the_fault() {
        DomainRejection rejection = LedgerRejections.unavailable(new LedgerUnavailableException("algod answered 503 (status)"));

        assertThat(rejection.kind()).isEqualTo(DomainRejection.Kind.UNAVAILABLE);
        assertThat(rejection.code()).isEqualTo("LEDGER_UNAVAILABLE");
        assertThat(rejection.getMessage()).isEqualTo("The Algorand ledger cannot be reached right now; nothing was changed,"
                + " please retry: algod answered 503 (status)");
    }
}
