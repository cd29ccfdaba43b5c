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
 * @param retainedRounds how many of the latest rounds' blocks {@code GET /v2/blocks/{round}} serves, as a
 *                 non-archival node keeps only recent blocks; 0 keeps every block, like an archival node
 */
public record DevLedgerSettings(Path journalDir, String host, int port, String apiToken, Genesis genesis,
                                List<byte[]> walletSeeds, long retainedRounds) {

    public DevLedgerSettings(Path journalDir, String host, int port, String apiToken, Genesis genesis) {
        this(journalDir, host, port, apiToken, genesis, List.of());
    }

    public DevLedgerSettings(Path journalDir, String host, int port, String apiToken, Genesis genesis,
                             List<byte[]> walletSeeds) {
        this(journalDir, host, port, apiToken, genesis, walletSeeds, 0);
    }

    public DevLedgerSettings {
        Objects.requireNonNull(journalDir, "journalDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiToken, "apiToken (use \"\" to serve without a token)");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (retainedRounds < 0) {
            throw new IllegalArgumentException("retained rounds must be 0 (all) or more, not " + retainedRounds);
        }
        walletSeeds = walletSeeds.stream().map(byte[]::clone).toList();
    }

    /** The same ledger serving only the blocks of its latest {@code rounds} rounds. */
    public DevLedgerSettings retainingRounds(long rounds) {
        return new DevLedgerSettings(journalDir, host, port, apiToken, genesis, walletSeeds, rounds);
    }
}
