package io.poweralgo.app.web;

import io.poweralgo.app.config.PlatformClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;

/**
 * Default profile only: the platform's clock, which the simulator moves forward so that a market
 * hour passes in seconds. Deadlines keep their absolute instants; the simulator closes gates and
 * closes meter-hours with readings itself.
 */
@RestController
@Profile("default")
@Tag(name = "Dev tokens")
public class DevClockController {

    private static final Logger log = LoggerFactory.getLogger(DevClockController.class);

    private final PlatformClock clock;

    public DevClockController(PlatformClock clock) {
        this.clock = clock;
    }

    /** The platform's time. */
    public record Now(Instant now) {
    }

    /** How far to move the clock forward, in seconds (at most a year). */
    public record Advance(@NotNull @Positive @Max(31_622_400) Long seconds) {
    }

    @GetMapping("/api/dev/clock")
    @Operation(summary = "The platform's time (ADMIN, default profile only)")
    public Now now() {
        return new Now(clock.instant());
    }

    @PostMapping("/api/dev/clock/advance")
    @Operation(summary = "Move the platform's clock forward (ADMIN, default profile only)")
    public Now advance(@Valid @RequestBody Advance request) {
        clock.advance(Duration.ofSeconds(request.seconds()));
        Instant now = clock.instant();
        log.info("platform clock advanced by={}s now={}", request.seconds(), now);
        return new Now(now);
    }
}
