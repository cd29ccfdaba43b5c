package io.poweralgo.app;

import com.algorand.algosdk.kmd.client.KmdClient;
import com.algorand.algosdk.kmd.client.api.KmdApi;
import io.poweralgo.app.config.PowerAlgoProperties;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.onboarding.LedgerBootstrap;
import io.poweralgo.ledger.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code java -jar poweralgo.jar bootstrap-ledger [--property=value ...]}: prepares an Algorand
 * network for the platform (see {@link LedgerBootstrap}) with the same configuration as the
 * application (profiles, environment, secrets folder): {@code poweralgo.algorand.algod-url} and
 * {@code -token}, {@code kmd-url} and {@code kmd-token}, the pool and treasury mnemonics, and
 * optionally the stablecoin id. Prints what it did and the stablecoin id, and writes the id to
 * {@code poweralgo.algorand.asset-id-file} when set. Exit status 0 when the network is ready.
 */
final class LedgerBootstrapCommand {

    static final String NAME = "bootstrap-ledger";
    private static final Logger log = LoggerFactory.getLogger(LedgerBootstrapCommand.class);

    private LedgerBootstrapCommand() {
    }

    /** Only the configuration: none of the platform's components start (and component scans skip it). */
    @EnableConfigurationProperties(PowerAlgoProperties.class)
    static class Settings {
    }

    static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            PowerAlgoProperties.Algorand algorand = context.getBean(PowerAlgoProperties.class).algorand();
            String missing = missing(algorand);
            if (!missing.isEmpty()) {
                log.error("ledger bootstrap needs {}", missing);
                return 2;
            }
            LedgerBootstrap bootstrap = new LedgerBootstrap(AlgodGateway.connect(algorand.algodUrl(), algorand.algodToken()),
                    kmd(algorand),
                    SigningKey.fromMnemonic(algorand.treasuryMnemonic()), SigningKey.fromMnemonic(algorand.poolMnemonic()),
                    LedgerBootstrap.Plan.DEFAULT, algorand.confirmTimeout(), Clock.systemUTC());
            LedgerBootstrap.Result result = bootstrap.run(algorand.stablecoinAssetId());
            System.out.println("stablecoin-asset-id=" + result.stablecoinId());
            System.out.println(result.actions().isEmpty() ? "the network was ready: nothing to do"
                    : String.join(System.lineSeparator(), result.actions()));
            if (StringUtils.hasText(algorand.assetIdFile())) {
                Path file = Path.of(algorand.assetIdFile());
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Long.toString(result.stablecoinId()));
            }
            return 0;
        } catch (LedgerUnavailableException e) {
            log.error("ledger bootstrap failed: {}", e.getMessage());
            return 1;
        } catch (IOException e) {
            log.error("ledger bootstrap could not write the asset id file: {}", e.getMessage());
            return 1;
        }
    }

    private static String missing(PowerAlgoProperties.Algorand algorand) {
        StringBuilder missing = new StringBuilder();
        for (String[] setting : new String[][] {{"poweralgo.algorand.algod-url", algorand.algodUrl()},
                {"poweralgo.algorand.kmd-url", algorand.kmdUrl()},
                {"poweralgo.algorand.pool-mnemonic", algorand.poolMnemonic()},
                {"poweralgo.algorand.treasury-mnemonic", algorand.treasuryMnemonic()}}) {
            if (!StringUtils.hasText(setting[1])) {
                missing.append(missing.isEmpty() ? "" : ", ").append(setting[0]);
            }
        }
        return missing.toString();
    }

    private static KmdApi kmd(PowerAlgoProperties.Algorand algorand) {
        KmdClient client = new KmdClient();
        client.setBasePath(algorand.kmdUrl().replaceAll("/$", ""));
        client.setApiKey(algorand.kmdToken());
        return new KmdApi(client);
    }
}
