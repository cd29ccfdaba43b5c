package io.poweralgo.app.security;

import io.poweralgo.api.participant.Role;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Mints the default profile's HS256 tokens. */
public class DevTokens {

    private final JwtEncoder encoder;
    private final Duration ttl;
    private final Clock clock;

    public DevTokens(JwtEncoder encoder, Duration ttl, Clock clock) {
        this.encoder = encoder;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Minted mint(String subject, Set<Role> roles) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                                          .issuer(DevTokenConfiguration.ISSUER)
                                          .subject(subject)
                                          .issuedAt(now)
                                          .expiresAt(now.plus(ttl))
                                          .claim("roles", roles.stream().map(Role::name).sorted().toList())
                                          .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new Minted(token, claims.getExpiresAt());
    }

    public record Minted(String token, Instant expiresAt) {
    }
}
