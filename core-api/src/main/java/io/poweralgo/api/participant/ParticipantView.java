package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MicrogridId;

import java.time.Instant;
import java.util.List;

/**
 * The participants read model as the API shows it. {@code kyc} is null until documents are
 * submitted, {@code algorandAddress} until approval; {@code emailVerified} once the participant
 * followed their verification link; {@code statusReason} explains a rejection or
 * suspension.
 */
public record ParticipantView(ParticipantId id, Role role, MicrogridId microgridId, String displayName,
                              EmailAddress email, boolean emailVerified, ParticipantStatus status, KycDocument kyc,
                              Instant kycSubmittedAt, AlgorandAddress algorandAddress, String statusReason,
                              List<LinkedMeter> meters, Instant registeredAt, Instant updatedAt) {

    public ParticipantView {
        meters = List.copyOf(meters);
    }
}
