package io.poweralgo.app.service;

import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.EmailVerificationToken;
import io.poweralgo.api.participant.IssueEmailVerification;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.VerifyEmail;
import io.poweralgo.app.config.PowerAlgoProperties;
import io.poweralgo.app.mail.EmailSender;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Proof that a participant receives mail at their address: a random token goes out in a link,
 * only its hash and expiry are recorded, and following the link claims the address.
 */
@Service
public class EmailVerifications {

    private static final Logger log = LoggerFactory.getLogger(EmailVerifications.class);

    private final CommandGateway commands;
    private final EmailSender sender;
    private final Clock clock;
    private final Duration ttl;
    private final URI linkBase;

    public EmailVerifications(CommandGateway commands, EmailSender sender, Clock clock, PowerAlgoProperties properties) {
        this.commands = commands;
        this.sender = sender;
        this.clock = clock;
        this.ttl = properties.emailVerification().ttl();
        this.linkBase = properties.emailVerification().linkBaseUrl();
    }

    /** Issues a new link (the previous one stops working) and sends it to the participant's address. */
    public void sendLink(ParticipantId participant) {
        EmailVerificationToken token = EmailVerificationToken.random();
        EmailAddress to = commands.sendAndWait(
                new IssueEmailVerification(participant, token.hash(), clock.instant().plus(ttl)));
        sender.sendVerificationLink(participant, to, link(participant, token));
        log.info("email verification issued participant={} validFor={}", participant, ttl);
    }

    public void verify(ParticipantId participant, EmailVerificationToken token) {
        commands.sendAndWait(new VerifyEmail(participant, token));
        log.info("email verified participant={}", participant);
    }

    private URI link(ParticipantId participant, EmailVerificationToken token) {
        return UriComponentsBuilder.fromUri(linkBase).path("/verify-email")
                                   .queryParam("participant", participant.value())
                                   .queryParam("token", token.value())
                                   .build().encode().toUri();
    }
}
