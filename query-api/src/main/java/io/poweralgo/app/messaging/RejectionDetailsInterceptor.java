package io.poweralgo.app.messaging;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.RejectionDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import javax.annotation.Nonnull;

/**
 * Sends a command's refusal back in the one form Axon Server passes on: a
 * {@link CommandExecutionException} whose details are {@link RejectionDetails}. A domain rule's
 * {@link DomainRejection} and the repository's {@link AggregateNotFoundException} would otherwise
 * reach a sender on another instance as an untyped failure. Registered on every bus, so a sender
 * reads refusals the same way whichever instance handled its command.
 */
public class RejectionDetailsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (DomainRejection e) {
            throw refusal(e, RejectionDetails.of(e));
        } catch (AggregateNotFoundException e) {
            throw refusal(e, RejectionDetails.missingAggregate(String.valueOf(e.getAggregateIdentifier())));
        }
    }

    /** An expected outcome: no stack trace, as for the rejection itself. */
    private static CommandExecutionException refusal(Exception cause, RejectionDetails details) {
        return new CommandExecutionException(details.message(), cause, details, false);
    }
}
