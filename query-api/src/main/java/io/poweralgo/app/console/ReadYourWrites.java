package io.poweralgo.app.console;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Read-your-writes for a page that has just sent a command: waits, briefly, until the read model
 * shows its effect, so the page rendered next is not stale. Gives up quietly after {@link #CATCH_UP};
 * the page then shows what the read model has.
 */
final class ReadYourWrites {

    private static final Duration CATCH_UP = Duration.ofSeconds(3);

    private ReadYourWrites() {
    }

    static void await(BooleanSupplier caughtUp) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!caughtUp.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
