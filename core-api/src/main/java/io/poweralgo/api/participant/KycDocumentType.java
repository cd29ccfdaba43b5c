package io.poweralgo.api.participant;

/** Identity documents the KYC review accepts. */
public enum KycDocumentType {
    PASSPORT, NATIONAL_ID_CARD, DRIVING_LICENCE, RESIDENCE_PERMIT
}
