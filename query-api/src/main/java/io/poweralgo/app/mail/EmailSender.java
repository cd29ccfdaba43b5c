package io.poweralgo.app.mail;

import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;

import java.net.URI;

/** Where the platform's mail leaves it: the log in the default profile, an SMTP server elsewhere. */
public interface EmailSender {

    /**
     * Sends the link that proves the participant receives mail at {@code to}.
     *
     * @throws io.poweralgo.api.rejection.DomainRejection UNAVAILABLE if the mail could not be handed on
     */
    void sendVerificationLink(ParticipantId participant, EmailAddress to, URI link);
}
