package io.poweralgo.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.poweralgo.app.config.LocalSecretFile;
import io.poweralgo.app.config.PowerAlgoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The default profile is its own identity provider: it signs HS256 tokens with a local key and
 * mints them at {@code POST /api/dev/tokens}. Nothing here exists in any other profile, where
 * tokens come from the operator's identity provider.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default")
public class DevTokenConfiguration {

    static final String ISSUER = "poweralgo-dev";
    private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);
    private static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecretKey devTokenKey(PowerAlgoProperties properties) {
        String secret = properties.security().devTokenSecret();
        if (!StringUtils.hasText(secret)) {
            secret = LocalSecretFile.readOrCreate(
                    properties.resolvedDataDir().resolve("dev-token.key"), DevTokenConfiguration::randomSecret,
                    "dev token signing key");
        }
        byte[] keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("poweralgo.security.dev-token-secret must be at least "
                    + MIN_SECRET_BYTES + " bytes for HS256");
        }
        log.warn("dev tokens enabled: POST /api/dev/tokens mints tokens for any subject and role (default profile only)");
        return new SecretKeySpec(keyBytes, "HmacSHA256");
    }

    @Bean
    JwtDecoder devJwtDecoder(SecretKey devTokenKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(devTokenKey).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    @Bean
    DevTokens devTokens(SecretKey devTokenKey, PowerAlgoProperties properties, Clock clock) {
        return new DevTokens(new NimbusJwtEncoder(new ImmutableSecret<>(devTokenKey)), properties.security().devTokenTtl(),
                clock);
    }

    /** Minting needs no token; it runs before the API chain so the open path stays this narrow. */
    @Bean
    @Order(0)
    SecurityFilterChain devTokenEndpoint(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/dev/tokens")
                   .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                   .csrf(AbstractHttpConfigurer::disable)
                   .build();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
