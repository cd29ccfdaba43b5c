-- Custodial Algorand accounts: the 32-byte Ed25519 seed is stored only AES-256-GCM encrypted under
-- the master key named by key_id; the participant id and address are the associated data, so a
-- row copied onto another participant does not decrypt.
CREATE TABLE custodial_account (
    participant_id VARCHAR(64)    NOT NULL PRIMARY KEY,
    address        VARCHAR(58)    NOT NULL UNIQUE,
    key_id         VARCHAR(64)    NOT NULL,
    iv             BYTEA          NOT NULL,
    sealed_seed    BYTEA          NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
