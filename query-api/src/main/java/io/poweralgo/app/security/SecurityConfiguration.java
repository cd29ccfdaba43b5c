package io.poweralgo.app.security;

import io.poweralgo.app.config.PowerAlgoProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API is stateless and authenticated by JWT bearer tokens whose subject is the caller
 * (a participant's id) and whose roles claim lists PROSUMER, CONSUMER, REGULATOR, ADMIN,
 * METER_GATEWAY or METER_OPERATOR. Outside the default profile a token must also name this API as
 * its audience and the operator's provider as its issuer (ResourceServerRequirements). No cookies
 * are issued, so CSRF does not apply to the API. The browser pages have
 * their own session-based chain (ConsoleSecurityConfiguration).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, JwtAuthenticationConverter roles,
                            ObjectProvider<JwtDecoder> decoder, Environment environment,
                            OAuth2ResourceServerProperties resourceServer) throws Exception {
        if (!environment.matchesProfiles("default")) {
            ResourceServerRequirements.check(resourceServer.getJwt());
        }
        if (decoder.getIfAvailable() == null) {
            throw new IllegalStateException("No JWT decoder: outside the default profile set"
                    + " spring.security.oauth2.resourceserver.jwt.issuer-uri or .jwk-set-uri to the identity provider");
        }
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
            .csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                    // the request that started a stream was authorized when it came in
                    .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/participants").permitAll()
                    // the link's token proves the mailbox; the link is opened wherever the mail is read
                    .requestMatchers(HttpMethod.POST, "/api/participants/*/email-verification").permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/markets/*/bids", "/api/markets/*/offers")
                    .hasAnyRole("PROSUMER", "CONSUMER")
                    .requestMatchers("/api/markets/*/orders/**").hasAnyRole("PROSUMER", "CONSUMER")
                    .requestMatchers("/api/dev/markets/**", "/api/dev/clock/**", "/api/dev/clock",
                            "/api/dev/participants/**").hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/meter-readings").hasRole("METER_GATEWAY")
                    .requestMatchers(HttpMethod.GET, "/api/meters").hasAnyRole("METER_OPERATOR", "ADMIN", "REGULATOR")
                    .requestMatchers("/api/meters", "/api/meters/**").hasAnyRole("METER_OPERATOR", "ADMIN")
                    .requestMatchers("/api/regulator/**").hasAnyRole("REGULATOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/admin/**").hasAnyRole("ADMIN", "REGULATOR")
                    .requestMatchers("/api/admin/**").hasRole("ADMIN")
                    .anyRequest().authenticated())
            .oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                    .authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                                     .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    @Bean
    JwtAuthenticationConverter rolesFromClaim(PowerAlgoProperties properties) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(properties.security().rolesClaim());
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
