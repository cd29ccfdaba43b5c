package io.poweralgo.app.config;

import io.poweralgo.api.rejection.RejectionDetails;
import io.poweralgo.app.messaging.AppendConflicts;
import io.poweralgo.app.messaging.ConflictRetries;
import io.poweralgo.app.messaging.RejectionDetailsInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The command gateway every controller, saga and scheduler sends through. Several instances on one
 * event store can append to the same aggregate, or create it, at the same moment; the second append
 * fails (see {@link AppendConflicts} for how each event store says so) and the command is then sent
 * again ({@link ConflictRetries}). A refusal of the domain is the answer, and it comes back as
 * {@link RejectionDetails} on every bus.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-conflict-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(ConflictRetries.scheduler(commandRetryExecutor)).build();
    }

    /** Axon Server passes a handler's failure on without its type: refusals travel as details instead. */
    @Autowired
    void sendRefusalsAsDetails(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RejectionDetailsInterceptor());
    }
}
