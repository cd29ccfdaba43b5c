package io.poweralgo.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.poweralgo.app.mail.LoggingEmailSender;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/** The default profile's mail as its developer reads it: verification links from the log. */
public final class LoggedMail implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingEmailSender.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    public LoggedMail() {
        lines.start();
        logger.addAppender(lines);
    }

    /** Waits for the latest verification link logged for {@code participantId}. */
    public URI verificationLinkFor(String participantId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> latest(participantId), Optional::isPresent).get();
    }

    private Optional<URI> latest(String participantId) {
        URI link = null;
        for (ILoggingEvent line : lines.list) {
            Object[] arguments = line.getArgumentArray();
            if (arguments != null && arguments.length == 3 && participantId.equals(arguments[0].toString())) {
                link = (URI) arguments[2];
            }
        }
        return Optional.ofNullable(link);
    }

    @Override
    public void close() {
        logger.detachAppender(lines);
        lines.stop();
    }
}
