package io.poweralgo.app.web;

import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** JSON bodies the participant and admin endpoints accept. Value types check the rest. */
final class ParticipantRequests {

    private ParticipantRequests() {
    }

    record Register(@NotNull Role role,
                    @NotBlank String microgridId,
                    @NotBlank @Size(max = 100) String displayName,
                    @NotBlank @Email @Size(max = 254) String email) {
    }

    record VerifyEmail(@NotBlank @Size(max = 64) String token) {
    }

    record SubmitKyc(@NotNull KycDocumentType documentType,
                     @NotBlank @Size(max = 128) String documentReference,
                     @NotBlank @Size(min = 2, max = 2) String country) {
    }

    /** {@code ratedPowerWatts} registers the meter first if its operator has not; a registered meter needs none. */
    record LinkMeter(@NotBlank String meterId, @NotBlank String publicKey, Long ratedPowerWatts) {
    }

    record ClaimMeter(@NotBlank String meterId, @NotBlank String claimCode) {
    }

    record Decision(@NotBlank @Size(max = 500) String reason) {
    }
}
