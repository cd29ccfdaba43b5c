package io.poweralgo.app.config;

import io.poweralgo.app.ledger.OnboardedCustodialAccounts;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.custody.JdbcCustodialKeyStore;
import io.poweralgo.ledger.custody.MasterKey;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.market.command.CustodialAccounts;
import io.poweralgo.market.command.JdbcMeterRegistry;
import io.poweralgo.market.command.JdbcParticipantClaims;
import io.poweralgo.market.command.ParticipantClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import java.time.Clock;

/**
 * Resources the aggregates use while deciding. The claims and the key store write to the event store's database inside
 * the command's transaction, so a refused command leaves neither a claim nor a key behind.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    ParticipantClaims participantClaims(JdbcTemplate jdbc, Clock clock) {
        return new JdbcParticipantClaims(jdbc, clock);
    }

    /** Wrong claim codes are counted in a transaction of their own, which the refusal of the claim does not undo. */
    @Bean
    JdbcMeterRegistry meterRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new JdbcMeterRegistry(jdbc, separate);
    }

    @Bean
    CustodialKeyStore custodialKeyStore(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        return new JdbcCustodialKeyStore(jdbc, masterKey, clock);
    }

    @Bean
    CustodialAccounts custodialAccounts(CustodialKeyStore keyStore, LedgerOnboarding onboarding) {
        return new OnboardedCustodialAccounts(keyStore, onboarding);
    }

    @Bean
    MasterKey custodyMasterKey(PowerAlgoProperties properties, Environment environment) {
        PowerAlgoProperties.Custody custody = properties.custody();
        if (StringUtils.hasText(custody.masterKey())) {
            return MasterKey.fromBase64(custody.masterKeyId(), custody.masterKey());
        }
        if (!environment.acceptsProfiles(Profiles.of("default"))) {
            throw new IllegalStateException("poweralgo.custody.master-key (env POWERALGO_CUSTODY_MASTER_KEY) is required"
                    + " outside the default profile: base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
        }
        String generated = LocalSecretFile.readOrCreate(properties.resolvedDataDir().resolve("custody-master.key"),
                MasterKey::newRandomBase64, "custody master key");
        return MasterKey.fromBase64(custody.masterKeyId(), generated);
    }
}
