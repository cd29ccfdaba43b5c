package io.poweralgo.testing;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * A query gateway on an in-process bus answered by one object's {@code @QueryHandler} methods:
 * lets a context test its query client against a stand-in read model, with no MongoDB or Axon Server.
 */
public final class InProcessQueryGateway {

    private InProcessQueryGateway() {
    }

    public static QueryGateway answeredBy(Object handlers) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }
}
