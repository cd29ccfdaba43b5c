package io.poweralgo.app.web;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.messaging.ParkedEvent;
import io.poweralgo.app.messaging.ParkedEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * The event processors of this instance, and the replay of a projection: its tokens are reset, its
 * reset handler empties its read model, and it rebuilds it from the first event. Only the processors
 * of read models are replayable ({@link ReplayableProcessors}); those that dispatch commands or keep no
 * read model (sagas, the metering handover, the market stream, the command side) are not: replaying
 * them would act again. Also the events a processor
 * parked (see {@link io.poweralgo.app.messaging.ParkingErrorHandler}), for operators to see and evict.
 */
@RestController
@RequestMapping("/api/admin/processors")
@Tag(name = "Administration")
public class ProcessorController {

    private static final Logger log = LoggerFactory.getLogger(ProcessorController.class);

    private final EventProcessingConfiguration processing;
    private final ParkedEvents parkedEvents;
    private final ReplayableProcessors projections;

    public ProcessorController(EventProcessingConfiguration processing, ParkedEvents parkedEvents,
                               ReplayableProcessors projections) {
        this.processing = processing;
        this.parkedEvents = parkedEvents;
        this.projections = projections;
    }

    public record Processor(String name, boolean running, boolean replaying, boolean replayable,
                            List<Integer> segmentsClaimedHere) {
    }

    @GetMapping
    @Operation(summary = "Event processors of this instance: running, replaying, the segments it holds")
    public List<Processor> processors() {
        return processing.eventProcessors().values().stream()
                         .sorted(Comparator.comparing(EventProcessor::getName))
                         .map(this::describe)
                         .toList();
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection from the first event (stop it on the other instances first)")
    public Processor replay(@PathVariable String name, Authentication authentication) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("No event processor " + name));
        if (!projections.contains(name)) {
            throw DomainRejection.conflict("PROCESSOR_NOT_REPLAYABLE", "Processor " + name
                    + " is not a projection; replayable: " + projections.names());
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            processor.start();
            throw DomainRejection.conflict("PROCESSOR_BUSY", "Processor " + name + " could not be reset: "
                    + e.getMessage() + " (shut it down on the other instances first)");
        }
        processor.start();
        log.info("projection replay started processor={} admin={}", name, authentication.getName());
        return describe(processor);
    }

    @GetMapping("/parked")
    @Operation(summary = "Events the processors went on past because handling them failed in a way no retry cures")
    public List<ParkedEvent> parked() {
        return parkedEvents.all();
    }

    @DeleteMapping("/{name}/parked/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget a parked event once its cause is dealt with (e.g. its settlement retried)")
    public void evict(@PathVariable String name, @PathVariable String eventId, Authentication authentication) {
        if (!parkedEvents.evict(name, eventId)) {
            throw new NotFoundException("No parked event " + eventId + " of processor " + name);
        }
        log.info("parked event evicted processor={} event={} admin={}", name, eventId, authentication.getName());
    }

    private Processor describe(EventProcessor processor) {
        if (processor instanceof StreamingEventProcessor streaming) {
            return new Processor(processor.getName(), processor.isRunning(), streaming.isReplaying(),
                    projections.contains(processor.getName()), streaming.processingStatus().keySet().stream().sorted().toList());
        }
        return new Processor(processor.getName(), processor.isRunning(), false, false, List.of());
    }
}
