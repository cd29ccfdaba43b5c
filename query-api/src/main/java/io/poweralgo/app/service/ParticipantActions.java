package io.poweralgo.app.service;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.participant.SubmitKyc;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.InvalidValueException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What a prosumer or consumer does with their own account, for the REST API and the web application alike. */
@Service
public class ParticipantActions {

    private static final Logger log = LoggerFactory.getLogger(ParticipantActions.class);

    private final CommandGateway commands;
    private final EmailVerifications emailVerifications;

    public ParticipantActions(CommandGateway commands, EmailVerifications emailVerifications) {
        this.commands = commands;
        this.emailVerifications = emailVerifications;
    }

    /**
     * Registers the participant with an unverified e-mail and sends the verification link. The
     * account exists even when the mail cannot be sent: its owner asks for a new link.
     */
    public RegisterParticipant register(ParticipantId id, Role role, String microgridId, String displayName,
                                        String email) {
        if (role == null || !role.registersAsParticipant()) {
            throw new InvalidValueException("role", "must be PROSUMER or CONSUMER");
        }
        RegisterParticipant command = new RegisterParticipant(id, role, new MicrogridId(microgridId), displayName,
                new EmailAddress(email));
        commands.sendAndWait(command);
        log.info("participant registered participant={} role={} microgrid={}", id, role, command.microgridId());
        try {
            emailVerifications.sendLink(id);
        } catch (DomainRejection mailUnavailable) {
            if (mailUnavailable.kind() != DomainRejection.Kind.UNAVAILABLE) {
                throw mailUnavailable;
            }
        }
        return command;
    }

    public void submitKyc(ParticipantId participant, KycDocument document) {
        commands.sendAndWait(new SubmitKyc(participant, document));
        log.info("kyc submitted participant={} documentType={}", participant, document.documentType());
    }
}
