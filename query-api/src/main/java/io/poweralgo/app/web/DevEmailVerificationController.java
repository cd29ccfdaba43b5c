package io.poweralgo.app.web;

import io.poweralgo.api.participant.EmailVerificationToken;
import io.poweralgo.api.participant.IssueEmailVerification;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.VerifyEmail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

/**
 * Default profile only: the demo, the simulator and the tests create households by the dozen and
 * read no mail, so an admin (any dev token) verifies an e-mail here. It goes through the same
 * commands as a followed link, with a token that never leaves this method; the address is claimed
 * exactly as then.
 */
@RestController
@Profile("default")
@Tag(name = "Dev tokens")
public class DevEmailVerificationController {

    private static final Logger log = LoggerFactory.getLogger(DevEmailVerificationController.class);
    private static final Duration ONE_USE = Duration.ofMinutes(1);

    private final CommandGateway commands;
    private final Clock clock;

    public DevEmailVerificationController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/dev/participants/{id}/email-verification")
    @Operation(summary = "Verify a participant's e-mail without the mail (ADMIN, default profile only)")
    public ParticipantResponses.EmailVerified verify(@PathVariable String id) {
        ParticipantId participant = new ParticipantId(id);
        EmailVerificationToken token = EmailVerificationToken.random();
        commands.sendAndWait(new IssueEmailVerification(participant, token.hash(), clock.instant().plus(ONE_USE)));
        commands.sendAndWait(new VerifyEmail(participant, token));
        log.info("email verified by dev endpoint participant={}", participant);
        return new ParticipantResponses.EmailVerified(participant.value(), true);
    }
}
