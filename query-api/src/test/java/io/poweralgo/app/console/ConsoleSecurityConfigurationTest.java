package io.poweralgo.app.console;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSecurityConfigurationTest {

    @Test
    void the_id_tokens_roles_claim_gives_the_platform_roles() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "regulator-7", "roles", List.of("REGULATOR", "ADMIN")));

        Collection<? extends GrantedAuthority> mapped = ConsoleSecurityConfiguration.roles("roles")
                .mapAuthorities(List.of(new OidcUserAuthority(token), new SimpleGrantedAuthority("SCOPE_openid")));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority)
                          .contains("ROLE_REGULATOR", "ROLE_ADMIN", "SCOPE_openid");
    }

    @Test
    void a_user_without_the_claim_gets_no_platform_role() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "new-user"));

        Collection<? extends GrantedAuthority> mapped = ConsoleSecurityConfiguration.roles("roles")
                .mapAuthorities(List.of(new OidcUserAuthority(token)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).noneMatch(a -> a.startsWith("ROLE_"));
    }
}
