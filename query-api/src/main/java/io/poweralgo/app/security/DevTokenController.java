package io.poweralgo.app.security;

import io.poweralgo.api.participant.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@RestController
@Profile("default")
@Tag(name = "Dev tokens", description = "Default profile only: mint bearer tokens without an identity provider")
public class DevTokenController {

    private static final Logger log = LoggerFactory.getLogger(DevTokenController.class);

    private final DevTokens devTokens;

    public DevTokenController(DevTokens devTokens) {
        this.devTokens = devTokens;
    }

    @PostMapping("/api/dev/tokens")
    @Operation(summary = "Mint a token for any subject and roles (development only)")
    public TokenResponse mint(@Valid @RequestBody TokenRequest request) {
        DevTokens.Minted minted = devTokens.mint(request.subject(), EnumSet.copyOf(request.roles()));
        log.info("dev token minted subject={} roles={}", request.subject(), request.roles());
        return new TokenResponse(minted.token(), minted.expiresAt());
    }

    public record TokenRequest(@NotBlank @Size(max = 255) String subject, @NotEmpty Set<@NotNull Role> roles) {
    }

    public record TokenResponse(String token, Instant expiresAt) {
    }
}
