package io.poweralgo.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.app.ledger.CustodialSettlementParties;
import io.poweralgo.app.ledger.DevLedgerGenesis;
import io.poweralgo.app.ledger.LedgerHealthIndicator;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.holdings.StablecoinHoldings;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.ledger.signing.SigningKey;
import io.poweralgo.metering.command.JdbcMeterDirectory;
import io.poweralgo.settlement.algorand.AlgodSettlementLedger;
import io.poweralgo.settlement.algorand.SettlementVerifier;
import io.poweralgo.settlement.saga.JdbcSettlementBook;
import io.poweralgo.settlement.saga.SettlementBook;
import io.poweralgo.settlement.saga.SettlementLedger;
import io.poweralgo.settlement.saga.SettlementParties;
import io.poweralgo.settlement.saga.SettlementTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The Algorand side: the algod endpoint (the dev ledger unless {@code poweralgo.algorand.algod-url}
 * is set), the platform's pool and treasury keys, settlement's ledger gateway, onboarding of new
 * custodial accounts, and ledger-backed stablecoin holdings.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    /** AlgoKit LocalNet's well-known token, so the same tools work against both. */
    static final String DEV_TOKEN = "a".repeat(64);
    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    /** The platform's own accounts and the stablecoin, as configured or as the dev ledger bootstraps them. */
    public record LedgerAccounts(long stablecoinId, SigningKey pool, SigningKey treasury) {
    }

    @Bean
    LedgerAccounts ledgerAccounts(PowerAlgoProperties properties) {
        PowerAlgoProperties.Algorand algorand = properties.algorand();
        if (StringUtils.hasText(algorand.algodUrl())) {
            if (algorand.stablecoinAssetId() <= 0 || !StringUtils.hasText(algorand.poolMnemonic())
                    || !StringUtils.hasText(algorand.treasuryMnemonic())) {
                throw new IllegalStateException("with poweralgo.algorand.algod-url set, poweralgo.algorand.stablecoin-asset-id,"
                        + " pool-mnemonic and treasury-mnemonic are required (env POWERALGO_ALGORAND_*)");
            }
            return new LedgerAccounts(algorand.stablecoinAssetId(), SigningKey.fromMnemonic(algorand.poolMnemonic()),
                    SigningKey.fromMnemonic(algorand.treasuryMnemonic()));
        }
        Path dir = properties.resolvedDataDir().resolve("ledger");
        return new LedgerAccounts(DevLedgerGenesis.STABLECOIN_ID, devKey(dir.resolve("pool.mnemonic"), "dev ledger pool key"),
                devKey(dir.resolve("treasury.mnemonic"), "dev ledger treasury key"));
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedLedgerWanted.class)
    DevLedgerServer devLedgerServer(PowerAlgoProperties properties, LedgerAccounts accounts) {
        DevLedgerServer server = DevLedgerServer.start(new DevLedgerSettings(
                properties.resolvedDataDir().resolve("ledger").resolve("journal"), properties.embedded().bindAddress(),
                properties.embedded().ledgerPort(), token(properties),
                DevLedgerGenesis.of(accounts.treasury().address(), accounts.pool().address())));
        log.info("dev ledger serving url={} round={} stablecoin={} pool={}", server.url(), server.ledger().lastRound(),
                DevLedgerGenesis.STABLECOIN_ID, accounts.pool().address());
        return server;
    }

    @Bean
    AlgodGateway algodGateway(PowerAlgoProperties properties, ObjectProvider<DevLedgerServer> devLedger,
                              MeterRegistry metrics) {
        DevLedgerServer embedded = devLedger.getIfAvailable();
        return AlgodGateway.connect(embedded != null ? embedded.url() : properties.algorand().algodUrl(), token(properties),
                kind -> metrics.counter("poweralgo.ledger.errors", "kind", kind).increment());
    }

    @Bean
    HealthIndicator ledgerHealthIndicator(AlgodGateway algod) {
        return new LedgerHealthIndicator(algod);
    }

    @Bean
    SettlementLedger settlementLedger(AlgodGateway algod, CustodialKeyStore custody, LedgerAccounts accounts,
                                      PowerAlgoProperties properties) {
        // confirmation timeouts are real waiting, not platform time (which the simulator may move)
        return new AlgodSettlementLedger(algod, custody, accounts.pool(), accounts.stablecoinId(),
                properties.algorand().validityRounds(), properties.algorand().confirmTimeout(), Clock.systemUTC());
    }

    @Bean
    LedgerOnboarding ledgerOnboarding(AlgodGateway algod, CustodialKeyStore custody, LedgerAccounts accounts,
                                      PowerAlgoProperties properties) {
        return new LedgerOnboarding(algod, custody, accounts.treasury(), accounts.stablecoinId(),
                properties.algorand().onboardingGrantMicro());
    }

    @Bean
    StablecoinHoldings stablecoinHoldings(AlgodGateway algod, LedgerAccounts accounts) {
        return new StablecoinHoldings(algod, accounts.stablecoinId());
    }

    @Bean
    SettlementVerifier settlementVerifier(AlgodGateway algod, LedgerAccounts accounts, Clock clock) {
        return new SettlementVerifier(algod, accounts.pool().address(), accounts.stablecoinId(), clock);
    }

    @Bean
    SettlementBook settlementBook(JdbcTemplate jdbc) {
        return new JdbcSettlementBook(jdbc);
    }

    @Bean
    SettlementTimings settlementTimings(PowerAlgoProperties properties) {
        PowerAlgoProperties.Settlement settlement = properties.settlement();
        return new SettlementTimings(settlement.grace(), settlement.firstRetry(), settlement.maxRetry(),
                settlement.maxAttempts());
    }

    @Bean
    SettlementParties settlementParties(CustodialKeyStore custody, JdbcMeterDirectory meters) {
        return new CustodialSettlementParties(custody, meters);
    }

    private static String token(PowerAlgoProperties properties) {
        String token = properties.algorand().algodToken();
        return StringUtils.hasText(token) ? token : DEV_TOKEN;
    }

    private static SigningKey devKey(Path file, String purpose) {
        String mnemonic = LocalSecretFile.readOrCreate(file, () -> {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            return SigningKey.fromSeed(seed).mnemonic();
        }, purpose);
        return SigningKey.fromMnemonic(mnemonic);
    }

    static class EmbeddedLedgerWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("poweralgo.algorand.algod-url"));
        }
    }
}
