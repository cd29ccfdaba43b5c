package io.poweralgo.app.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.util.StringUtils;

/**
 * Outside the default profile the API trusts the operator's identity provider, which signs tokens
 * for other services too. So a token counts only if it names this API as its audience and that
 * provider as its issuer; without both settings the application refuses to start rather than
 * accept any token the provider ever signed.
 */
public final class ResourceServerRequirements {

    private ResourceServerRequirements() {
    }

    public static void check(OAuth2ResourceServerProperties.Jwt jwt) {
        if (!StringUtils.hasText(jwt.getIssuerUri())) {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.issuer-uri"
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI): tokens are checked for their issuer");
        }
        if (jwt.getAudiences() == null || jwt.getAudiences().stream().noneMatch(StringUtils::hasText)) {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.audiences"
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES): tokens are checked for their audience");
        }
    }
}
