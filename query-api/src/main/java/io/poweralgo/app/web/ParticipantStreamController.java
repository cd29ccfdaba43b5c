package io.poweralgo.app.web;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.stream.ParticipantStream;
import io.poweralgo.app.stream.ParticipantStreamRouting.Audience;
import io.poweralgo.market.query.ParticipantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A participant's own live stream: its orders, fills, settlements and KYC, and its microgrid's markets. */
@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants", description = "Registration, KYC documents and meters of one's own account")
public class ParticipantStreamController {

    private final ParticipantQueries participants;
    private final ParticipantStream stream;

    public ParticipantStreamController(ParticipantQueries participants, ParticipantStream stream) {
        this.participants = participants;
        this.stream = stream;
    }

    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events of the participant's own orders, fills, settlements and KYC decisions,"
            + " and of its microgrid's markets (see docs/api.md)")
    public SseEmitter stream(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        ParticipantView view = participants.participant(participant)
                                           .orElseThrow(() -> new NotFoundException("No participant with id " + id));
        return stream.connect(new Audience(participant, view.microgridId()));
    }
}
