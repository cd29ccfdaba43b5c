package io.poweralgo.metering.ingest;

import io.poweralgo.api.metering.MeterReadingDeadLettered;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.Arrays;
import java.util.UUID;

/**
 * Keeps each refused message as a {@link MeterReadingDeadLettered} event in the event store, the
 * store readings are recorded in, so that dead-lettering needs nothing that recording does not
 * need too; the read model catches up from the events whenever it is reachable.
 */
public class EventDeadLetterSink implements DeadLetterSink {

    private final EventBus events;
    private final TransactionManager transactions;

    public EventDeadLetterSink(EventBus events, TransactionManager transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void store(DeadLetter letter) {
        byte[] payload = letter.payload();
        byte[] kept = payload.length > DeadLetter.MAX_STORED_PAYLOAD_BYTES
                ? Arrays.copyOf(payload, DeadLetter.MAX_STORED_PAYLOAD_BYTES) : payload;
        MeterReadingDeadLettered event = new MeterReadingDeadLettered(UUID.randomUUID().toString(), letter.receivedAt(),
                letter.source(), letter.meterId(), letter.reason(), letter.detail(), kept, payload.length);
        transactions.executeInTransaction(() -> events.publish(GenericEventMessage.asEventMessage(event)));
    }
}
