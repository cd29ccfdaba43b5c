package io.poweralgo.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceServerRequirementsTest {

    /** A JWK set alone checks signatures only: any token the provider signed for any service would pass. */
    @Test
    void a_jwk_set_without_an_issuer_is_refused_at_startup() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setJwkSetUri("https://idp.example.org/jwks");
        jwt.setAudiences(List.of("poweralgo-api"));

        assertThatThrownBy(() -> ResourceServerRequirements.check(jwt))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer-uri");
    }

    @Test
    void an_issuer_without_an_audience_is_refused_at_startup() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setIssuerUri("https://idp.example.org");
        jwt.setAudiences(List.of(" "));

        assertThatThrownBy(() -> ResourceServerRequirements.check(jwt))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audiences");
    }

    @Test
    void issuer_and_audience_together_are_enough() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setIssuerUri("https://idp.example.org");
        jwt.setAudiences(List.of("poweralgo-api"));

        assertThatCode(() -> ResourceServerRequirements.check(jwt)).doesNotThrowAnyException();
    }
}
