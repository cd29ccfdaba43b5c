package io.poweralgo.app.stream;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.app.stream.ParticipantStreamRouting.Audience;
import io.poweralgo.app.stream.ParticipantStreamRouting.Delivery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes each participant's own changes and its microgrid's market changes to the server-sent-event
 * clients connected to this instance, as {@link ParticipantStreamRouting} addresses them. Like the
 * market stream, its processing group reads from the head of the store with a token kept in memory,
 * so each instance sees every change.
 */
@ProcessingGroup(ParticipantStream.PROCESSING_GROUP)
public class ParticipantStream extends ServerSentStream<Audience> {

    public static final String PROCESSING_GROUP = "participant-stream";

    private final ParticipantStreamRouting routing;
    public ParticipantStream(ParticipantStreamRouting routing, int maxClients, int maxClientsPerParticipant) {
        super(new StreamClients<>("participant", maxClients, maxClientsPerParticipant));
        this.routing = routing;
    }

    public SseEmitter connect(Audience audience) {
        return clients.connect(audience);
    }

    @EventHandler
    void on(MarketEvent event) {
        deliver(event);
    }

    @EventHandler
    void on(KycApproved event) {
        deliver(event);
    }

    @EventHandler
    void on(KycRejected event) {
        deliver(event);
    }

    private void deliver(Object event) {
        for (Delivery delivery : routing.route(event)) {
            clients.send(delivery.to()::includes, delivery.event(), delivery.data());
        }
    }
}
