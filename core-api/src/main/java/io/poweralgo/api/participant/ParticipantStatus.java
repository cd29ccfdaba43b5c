package io.poweralgo.api.participant;

/** Where a participant stands with KYC; only {@link #APPROVED} participants trade. */
public enum ParticipantStatus {
    PENDING_KYC, APPROVED, REJECTED, SUSPENDED
}
