package io.poweralgo.app.wire;

import io.axoniq.axonserver.grpc.query.QueryRequest;
import io.axoniq.axonserver.grpc.query.QueryResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;

/**
 * A query's trip through Axon Server as the connector makes it: the sender's
 * {@link QuerySerializer} writes the query as a gRPC {@link QueryRequest}; the receiving instance
 * reads it back, asks its local query bus (as the connector's {@code QueryProcessingTask} does for a
 * direct query) and writes the answer as a {@link QueryResponse}; the sender reads that with the
 * {@link ResponseType} it asked with.
 */
final class AxonServerWire {

    private static final int ONE_RESULT = 1;
    private static final long TIMEOUT_MILLIS = 10_000;
    private static final int PRIORITY = 0;

    private final QuerySerializer serializer;
    private final QueryBus receiver;

    AxonServerWire(AppSerializers serializers, QueryBus receiver) {
        AxonServerConfiguration configuration = new AxonServerConfiguration();
        configuration.setClientId("query-wire-test");
        configuration.setComponentName("poweralgo");
        this.serializer = new QuerySerializer(serializers.messages(), serializers.general(), configuration);
        this.receiver = receiver;
    }

    <R> R query(Object query, ResponseType<R> responseType) {
        QueryRequest request = serializer.serializeRequest(new GenericQueryMessage<>(query, responseType), ONE_RESULT,
                TIMEOUT_MILLIS, PRIORITY);
        QueryMessage<Object, Object> received = serializer.deserializeRequest(request);
        QueryResponseMessage<Object> answer = receiver.query(received).join();
        QueryResponse response = serializer.serializeResponse(answer, request.getMessageIdentifier());
        return serializer.deserializeResponse(response, responseType).getPayload();
    }
}
