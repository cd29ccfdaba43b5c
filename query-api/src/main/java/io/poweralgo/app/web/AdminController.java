package io.poweralgo.app.web;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.AdminActions;
import io.poweralgo.market.query.ParticipantQueries;
import io.poweralgo.metering.query.MeteringQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** KYC decisions and registries. Writes need ADMIN; reads also allow REGULATOR (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "KYC queue and decisions, meter registry")
public class AdminController {

    private final AdminActions actions;
    private final ParticipantQueries participants;
    private final MeteringQueries metering;

    public AdminController(AdminActions actions, ParticipantQueries participants, MeteringQueries metering) {
        this.actions = actions;
        this.participants = participants;
        this.metering = metering;
    }

    @GetMapping("/participants")
    @Operation(summary = "Participants by status, oldest registration first (the KYC queue is status=PENDING_KYC)")
    public List<ParticipantResponses.Participant> participants(@RequestParam ParticipantStatus status,
                                                               @RequestParam(defaultValue = "0") int page,
                                                               @RequestParam(defaultValue = "100") int size) {
        return participants.participants(status, page, size).stream()
                      .map(ParticipantResponses.Participant::of)
                      .toList();
    }

    @PostMapping("/participants/{id}/kyc/approve")
    @Operation(summary = "Approve pending KYC; opens the participant's custodial Algorand account")
    public ParticipantResponses.StatusChanged approve(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        AdminId admin = Caller.of(authentication).asAdmin();
        AlgorandAddress address = actions.approveKyc(participant, admin);
        return ParticipantResponses.StatusChanged.approved(participant, address);
    }

    @PostMapping("/participants/{id}/kyc/reject")
    @Operation(summary = "Reject pending KYC with a reason the participant will see")
    public ParticipantResponses.StatusChanged reject(@PathVariable String id,
                                                     @Valid @RequestBody ParticipantRequests.Decision request,
                                                     Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        AdminId admin = Caller.of(authentication).asAdmin();
        actions.rejectKyc(participant, admin, request.reason());
        return ParticipantResponses.StatusChanged.of(participant, ParticipantStatus.REJECTED);
    }

    @PostMapping("/participants/{id}/suspend")
    @Operation(summary = "Suspend an approved participant; they can no longer trade or link meters")
    public ParticipantResponses.StatusChanged suspend(@PathVariable String id,
                                                      @Valid @RequestBody ParticipantRequests.Decision request,
                                                      Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        AdminId admin = Caller.of(authentication).asAdmin();
        actions.suspend(participant, admin, request.reason());
        return ParticipantResponses.StatusChanged.of(participant, ParticipantStatus.SUSPENDED);
    }

    @GetMapping("/meters/{meterId}")
    @Operation(summary = "Who owns a meter and which key signs its readings")
    public MeterRegistrationResponse meter(@PathVariable String meterId) {
        return metering.meter(new MeterId(meterId))
                       .map(MeterRegistrationResponse::of)
                       .orElseThrow(() -> new NotFoundException("No meter with id " + meterId + " is linked"));
    }

    record MeterRegistrationResponse(String meterId, String participantId, String publicKey, java.time.Instant linkedAt) {

        static MeterRegistrationResponse of(MeterRegistration registration) {
            return new MeterRegistrationResponse(registration.meterId().value(), registration.owner().value(),
                    registration.publicKey().base64(), registration.linkedAt());
        }
    }
}
