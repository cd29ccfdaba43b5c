package io.poweralgo.app.ledger;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import io.poweralgo.devledger.Genesis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevLedgerGenesisTest {

    @Test
    void the_treasury_holds_the_stablecoin_supply_and_both_platform_accounts_start_with_algo() throws Exception {
        Address treasury = new Account().getAddress();
        Address pool = new Account().getAddress();

        Genesis genesis = DevLedgerGenesis.of(treasury, pool);

        assertThat(genesis.genesisId()).isEqualTo("poweralgo-dev-v1");
        assertThat(genesis.accounts()).containsExactly(new Genesis.Allocation(treasury, 10_000_000_000_000L),
                new Genesis.Allocation(pool, 1_000_000_000_000L));
        assertThat(genesis.assets()).containsExactly(new Genesis.AssetDefinition(1_001, treasury, 1_000_000_000_000_000L,
                6, "pUSD", "PowerAlgo dev stablecoin", List.of(pool)));
    }
}
