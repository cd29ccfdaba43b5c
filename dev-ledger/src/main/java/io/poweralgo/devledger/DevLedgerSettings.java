package io.poweralgo.devledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the dev ledger keeps its journal and where it serves algod's REST API.
 *
 * @param port     0 picks any free port (see {@link DevLedgerServer#port()})
 * @param apiToken the {@code X-Algo-API-Token} clients must send; blank disables the check, as on algod
 * @param genesis  used when the journal folder is empty; when the journal exists it may be null,
 *                 otherwise it must equal the stored genesis
 * @param walletSeeds the 32-byte Ed25519 seeds kmd's default wallet serves (as the funded accounts of
 *                 an algod in dev mode), for bootstrap tools; empty: no kmd wallet
 */
public record DevLedgerSettings(Path journalDir, String host, int port, String apiToken, Genesis genesis,
                                List<byte[]> walletSeeds) {

    public DevLedgerSettings(Path journalDir, String host, int port, String apiToken, Genesis genesis) {
        this(journalDir, host, port, apiToken, genesis, List.of());
    }

    public DevLedgerSettings {
        Objects.requireNonNull(journalDir, "journalDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiToken, "apiToken (use \"\" to serve without a token)");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        walletSeeds = walletSeeds.stream().map(byte[]::clone).toList();
    }
}
