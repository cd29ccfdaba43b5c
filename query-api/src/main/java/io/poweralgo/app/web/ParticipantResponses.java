package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.LinkedMeter;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.Role;

import java.time.Instant;
import java.util.List;

/** JSON the participant and admin endpoints answer with; absent values are left out. */
final class ParticipantResponses {

    private ParticipantResponses() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Participant(String id, Role role, String microgridId, String displayName, String email,
                       boolean emailVerified, ParticipantStatus status, Kyc kyc, String algorandAddress, String statusReason,
                       List<Meter> meters, Instant registeredAt, Instant updatedAt) {

        static Participant of(ParticipantView view) {
            return new Participant(view.id().value(), view.role(), view.microgridId().value(), view.displayName(),
                    view.email().value(), view.emailVerified(), view.status(), Kyc.of(view.kyc(), view.kycSubmittedAt()),
                    view.algorandAddress() == null ? null : view.algorandAddress().value(), view.statusReason(),
                    view.meters().stream().map(Meter::of).toList(), view.registeredAt(), view.updatedAt());
        }
    }

    record EmailVerified(String participantId, boolean emailVerified) {
    }

    record Kyc(String documentType, String documentReference, String country, Instant submittedAt) {

        static Kyc of(KycDocument document, Instant submittedAt) {
            return document == null ? null : new Kyc(document.documentType().name(), document.documentReference(),
                    document.country(), submittedAt);
        }
    }

    record Meter(String meterId, String publicKey, Instant linkedAt) {

        static Meter of(LinkedMeter meter) {
            return new Meter(meter.meterId().value(), meter.publicKey().base64(), meter.linkedAt());
        }
    }

    /** The outcome of a command: the participant's status right after it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusChanged(String id, ParticipantStatus status, String algorandAddress) {

        static StatusChanged of(ParticipantId id, ParticipantStatus status) {
            return new StatusChanged(id.value(), status, null);
        }

        static StatusChanged approved(ParticipantId id, AlgorandAddress address) {
            return new StatusChanged(id.value(), ParticipantStatus.APPROVED, address.value());
        }
    }

    record MeterLinked(String participantId, String meterId, String publicKey) {
    }
}
