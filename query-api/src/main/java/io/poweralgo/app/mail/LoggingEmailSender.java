package io.poweralgo.app.mail;

import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * The default profile has no mail server: the link is logged in one line instead, for whoever runs
 * the platform on their own machine. The log then holds a live token, which is why no other profile
 * uses this sender.
 */
public class LoggingEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingEmailSender.class);

    @Override
    public void sendVerificationLink(ParticipantId participant, EmailAddress to, URI link) {
        log.info("email verification link participant={} to={} link={}", participant, to, link);
    }
}
