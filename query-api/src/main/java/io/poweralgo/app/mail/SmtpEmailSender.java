package io.poweralgo.app.mail;

import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.net.URI;

/** Sends the platform's mail through the SMTP server configured by {@code spring.mail.*}. */
public class SmtpEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailSender.class);

    private final JavaMailSender mail;
    private final String from;

    /** Refuses to start without a mail server: new accounts could not verify their e-mail. */
    public SmtpEmailSender(JavaMailSender mail, String from) {
        if (mail == null) {
            throw new IllegalStateException("No mail server: outside the default profile set spring.mail.host"
                    + " (SPRING_MAIL_HOST, with .port, .username, .password) so new accounts can verify their e-mail");
        }
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void sendVerificationLink(ParticipantId participant, EmailAddress to, URI link) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.value());
        message.setSubject("Confirm your e-mail address for PowerAlgo");
        message.setText("""
                Someone registered a PowerAlgo account with this e-mail address.
                If it was you, confirm the address by opening this link:

                %s

                If it was not you, ignore this message: the account cannot use the address unless the link is opened.
                """.formatted(link));
        try {
            mail.send(message);
        } catch (MailException e) {
            // the token is in the message, never in the log
            log.warn("email verification not sent participant={} reason=\"{}\"", participant, e.getMessage());
            throw new DomainRejection(DomainRejection.Kind.UNAVAILABLE, "EMAIL_UNAVAILABLE",
                    "The verification e-mail could not be sent; ask for a new link later");
        }
        log.info("email verification sent participant={}", participant);
    }
}
