package io.poweralgo.metering.command;

import io.poweralgo.api.metering.FollowingReadingRecorded;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.PrecedingReadingRecorded;
import io.poweralgo.api.metering.RecordFollowingReading;
import io.poweralgo.api.metering.RecordPrecedingReading;
import io.poweralgo.api.rejection.RejectionDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands boundary readings between neighbouring meter-hours: the first reading of an hour closes
 * the hour before it, and an hour's last reading becomes the next hour's preceding reading (also
 * when readings arrive out of order, hours late). An
 * hour without readings has no aggregate; its neighbours then keep estimated boundaries. Readings
 * pass only between hours of the same holder: where a meter changed hands, each side keeps an
 * estimated boundary, and neither holder is given energy of the other's time.
 * Both commands are idempotent, so redelivered events change nothing.
 */
@ProcessingGroup(IntervalHandover.PROCESSING_GROUP)
public class IntervalHandover {

    public static final String PROCESSING_GROUP = "meter-interval-handover";
    private static final Logger log = LoggerFactory.getLogger(IntervalHandover.class);

    private final CommandGateway commands;

    public IntervalHandover(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(MeterReadingsRecorded event) {
        if (event.newFirst() != null) {
            send(event.meterHour().previous(),
                    new RecordFollowingReading(event.meterHour().previous(), event.participantId(), event.newFirst()));
        }
        if (event.newLast() != null && (event.late() || event.openedHour())) {
            send(event.meterHour().next(),
                    new RecordPrecedingReading(event.meterHour().next(), event.participantId(), event.newLast()));
        }
    }

    /** Readings that arrive hours late can open an hour after the next one exists: tell that one too. */
    @EventHandler
    void on(PrecedingReadingRecorded event) {
        send(event.meterHour().previous(),
                new RecordFollowingReading(event.meterHour().previous(), event.participantId(), event.firstOfHour()));
    }

    @EventHandler
    void on(FollowingReadingRecorded event) {
        send(event.meterHour().next(),
                new RecordPrecedingReading(event.meterHour().next(), event.participantId(), event.lastOfHour()));
    }

    /** A missing hour comes back as details on every bus (Axon Server passes no exception types on). */
    private void send(MeterHourId target, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandExecutionException e) {
            if (!(e.getDetails().orElse(null) instanceof RejectionDetails refusal && refusal.aboutMissingAggregate())) {
                throw e;
            }
            log.debug("no readings for {}: boundary stays estimated", target);
        }
    }
}
