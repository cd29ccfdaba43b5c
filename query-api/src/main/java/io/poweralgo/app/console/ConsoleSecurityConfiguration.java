package io.poweralgo.app.console;

import io.poweralgo.app.config.PowerAlgoProperties;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The browser side: session login, CSRF protection on every form, role checks by path. In the
 * default profile a dev sign-in page picks a user and role; elsewhere OpenID Connect login
 * against the operator's identity provider, whose roles claim gives the platform roles. The REST
 * API keeps its own stateless bearer-token chain, which runs first.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
                                ObjectProvider<DevSignIn> devSignIn, PowerAlgoProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                    // the request that started a stream, or failed, was authorized when it came in
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                    .requestMatchers("/", "/login", "/onboarding", "/denied", "/error", "/favicon.ico").permitAll()
                    // the mailed link is opened wherever the mail is read, signed in or not: its token is the proof
                    .requestMatchers("/verify-email").permitAll()
                    // the dev sign-in form is posted by someone not signed in yet (CSRF-checked; a 404 outside the default profile)
                    .requestMatchers(HttpMethod.POST, "/login/dev").permitAll()
                    .requestMatchers("/css/**", "/js/**", "/webjars/**").permitAll()
                    .requestMatchers("/admin/**").hasRole("ADMIN")
                    .requestMatchers("/operator/**").hasAnyRole("METER_OPERATOR", "ADMIN")
                    .requestMatchers("/regulator/**").hasAnyRole("REGULATOR", "ADMIN")
                    .anyRequest().authenticated())
            .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                                     .accessDeniedPage("/denied"))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
            // everything the pages load is served by this application: no inline script, no CDN
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        if (identityProviders.getIfAvailable() != null) {
            String rolesClaim = properties.security().rolesClaim();
            http.oauth2Login(login -> login.loginPage("/login")
                                           .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles(rolesClaim))));
        } else if (devSignIn.getIfAvailable() == null) {
            log.warn("web sign-in unavailable: no OpenID Connect client is configured"
                    + " (spring.security.oauth2.client.registration.*, see docs/operations.md)");
        }
        return http.build();
    }

    /** Platform roles from the ID token's roles claim, as the bearer tokens of the API carry them. */
    static GrantedAuthoritiesMapper roles(String rolesClaim) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object claim = oidc.getIdToken().getClaims().get(rolesClaim);
                    if (claim instanceof Collection<?> roles) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return List.copyOf(mapped);
        };
    }
}
