package io.poweralgo.app.console;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.RejectionDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs an action of a page and turns the refusals a user can cause (bad input, a rule of the
 * domain, an unknown id) into the message the page shows; anything else is a failure and is thrown.
 * A command's refusal comes back from its handler, on every bus, as {@link RejectionDetails}.
 */
final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private Refusals() {
    }

    /** @return the refusal's message, or empty when the action succeeded */
    static Optional<String> attempt(String action, Runnable body) {
        return attempt(action, () -> {
            body.run();
            return null;
        }).refusal();
    }

    static <T> Outcome<T> attempt(String action, Supplier<T> body) {
        try {
            return new Outcome<>(body.get(), Optional.empty());
        } catch (InvalidValueException e) {
            log.info("web action refused action={} code=INVALID_REQUEST reason=\"{}\"", action, e.getMessage());
            return new Outcome<>(null, Optional.of(e.getMessage()));
        } catch (DomainRejection e) {
            // refused on this side of the command bus, e.g. the mail server is unavailable
            log.info("web action refused action={} code={} reason=\"{}\"", action, e.code(), e.getMessage());
            return new Outcome<>(null, Optional.of(e.getMessage()));
        } catch (CommandExecutionException e) {
            if (!(e.getDetails().orElse(null) instanceof RejectionDetails refusal)) {
                throw e;
            }
            log.info("web action refused action={} code={} reason=\"{}\"", action, refusal.code(), refusal.message());
            return new Outcome<>(null, Optional.of(refusal.message()));
        }
    }

    record Outcome<T>(T value, Optional<String> refusal) {
    }
}
