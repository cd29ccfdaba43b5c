package io.poweralgo.api.participant;

/** The participant may trade; {@code algorandAddress} is their new custodial account. */
public record KycApproved(ParticipantId participantId, AdminId approvedBy, AlgorandAddress algorandAddress) {
}
