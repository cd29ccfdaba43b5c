package io.poweralgo.app.service;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.ClaimMeter;
import io.poweralgo.api.participant.IssueClaimCode;
import io.poweralgo.api.participant.LinkMeter;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistrationId;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.participant.RegisterMeter;
import io.poweralgo.api.rejection.RejectionDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Meters come from their operator: it registers each with the key that signs its readings and gets a claim code to
 * print for the household, which claims the meter with it. The code is returned once and never logged or stored.
 */
@Service
public class MeterProvisioning {

    private static final Logger log = LoggerFactory.getLogger(MeterProvisioning.class);
    private static final String ALREADY_REGISTERED = "METER_ALREADY_REGISTERED";

    private final CommandGateway commands;
    private final SecureRandom random = new SecureRandom();

    public MeterProvisioning(CommandGateway commands) {
        this.commands = commands;
    }

    /** @return the meter's claim code, to print on its welcome letter */
    public ClaimCode register(OperatorId operator, MeterId meter, MeterPublicKey key, RatedPower ratedPower) {
        ClaimCode code = ClaimCode.random(random);
        commands.sendAndWait(new RegisterMeter(new MeterRegistrationId(meter), key, ratedPower, code.hashFor(meter),
                operator));
        log.info("meter registered meter={} ratedPowerW={} operator={}", meter, ratedPower.watts(), operator);
        return code;
    }

    /** Registers every row on its own: a refused row (e.g. a meter registered before) does not undo the others. */
    public List<RowOutcome> importManifest(OperatorId operator, MeterManifest manifest) {
        List<RowOutcome> outcomes = new ArrayList<>(manifest.rows().size());
        for (MeterManifest.Row row : manifest.rows()) {
            try {
                ClaimCode code = register(operator, row.meterId(), row.publicKey(), row.ratedPower());
                outcomes.add(new RowOutcome(row.row(), row.meterId(), Optional.of(code), Optional.empty()));
            } catch (CommandExecutionException e) {
                RejectionDetails refusal = refusal(e);
                log.info("manifest row refused row={} meter={} code={}", row.row(), row.meterId(), refusal.code());
                outcomes.add(new RowOutcome(row.row(), row.meterId(), Optional.empty(), Optional.of(refusal)));
            }
        }
        log.info("manifest imported operator={} rows={} registered={}", operator, outcomes.size(),
                outcomes.stream().filter(outcome -> outcome.claimCode().isPresent()).count());
        return outcomes;
    }

    public ClaimCode issueClaimCode(OperatorId operator, MeterId meter) {
        ClaimCode code = ClaimCode.random(random);
        commands.sendAndWait(new IssueClaimCode(new MeterRegistrationId(meter), code.hashFor(meter), operator));
        log.info("claim code issued meter={} operator={}", meter, operator);
        return code;
    }

    /** @return the key the meter's operator registered, now linked to the participant */
    public MeterPublicKey claim(ParticipantId participant, MeterId meter, ClaimCode code) {
        MeterPublicKey key = commands.sendAndWait(new ClaimMeter(participant, meter, code));
        log.info("meter claimed participant={} meter={}", participant, meter);
        return key;
    }

    /**
     * An operator links a meter to a household directly. With a rated power the meter is registered first unless it
     * already is; without one it must have been registered. Either way only the registered key is linked.
     */
    public void link(OperatorId operator, ParticipantId participant, MeterId meter, MeterPublicKey key,
                     Optional<RatedPower> ratedPower) {
        ratedPower.ifPresent(power -> registerUnlessRegistered(operator, meter, key, power));
        commands.sendAndWait(new LinkMeter(participant, meter, key));
        log.info("meter linked participant={} meter={} operator={}", participant, meter, operator);
    }

    private void registerUnlessRegistered(OperatorId operator, MeterId meter, MeterPublicKey key, RatedPower power) {
        try {
            register(operator, meter, key, power);
        } catch (CommandExecutionException e) {
            if (!ALREADY_REGISTERED.equals(refusal(e).code())) {
                throw e;
            }
        }
    }

    private static RejectionDetails refusal(CommandExecutionException e) {
        if (e.getDetails().orElse(null) instanceof RejectionDetails refusal) {
            return refusal;
        }
        throw e;
    }

    /** One manifest row: registered with its claim code, or refused. */
    public record RowOutcome(int row, MeterId meterId, Optional<ClaimCode> claimCode, Optional<RejectionDetails> refusal) {
    }
}
