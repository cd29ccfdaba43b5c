package io.poweralgo.app.settlement;

import com.algorand.algosdk.crypto.Address;
import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.settlement.WorkedExample.Trader;

import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worked example's traders' accounts on a ledger that runs apart from the application, so
 * that their holdings can be read while no instance of it is up: what a crash test checks to
 * know that every trader was paid exactly once.
 */
final class TraderAccounts {

    private final Map<String, Address> accounts = new LinkedHashMap<>();
    private final ToLongFunction<Address> holding;
    private final long grant;

    /** Each account was granted {@code grant} at onboarding; {@code holding} reads its stablecoin from the ledger. */
    TraderAccounts(ToLongFunction<Address> holding, long grant) {
        this.holding = holding;
        this.grant = grant;
    }

    void remember(Trader trader, String algorandAddress) throws NoSuchAlgorithmException {
        accounts.put(trader.name(), new Address(algorandAddress));
    }

    void assertPaidOnceBeforeTheCrash(WorkedExample example) {
        for (Trader trader : example.traders) {
            assertThat(holding.applyAsLong(accounts.get(trader.name()))).as("paid once before the crash")
                                                                       .isEqualTo(grant + trader.netMicro());
        }
    }

    /**
     * The audit shows the group confirmed from the bytes stored before the crash, never signed
     * again; every trader was paid exactly once, and the regulator's verification matches.
     */
    void assertSettledByTheStoredGroup(Api api, String regulator, WorkedExample example) {
        JsonNode audit = await().until(() -> api.get("/api/regulator/markets/" + example.market + "/settlement", regulator).body(),
                settlement -> "CONFIRMED".equals(settlement.at("/groups/0/status").asText()));
        assertThat(audit.at("/groups/0/signings").asInt()).as("the stored group, never signed again").isEqualTo(1);
        for (Trader trader : example.traders) {
            assertThat(holding.applyAsLong(accounts.get(trader.name()))).as(trader.name() + " paid exactly once")
                                                                       .isEqualTo(grant + trader.netMicro());
        }
        assertThat(api.get("/api/regulator/markets/" + example.market + "/verification", regulator).body()
                      .get("matches").asBoolean()).isTrue();
    }
}
