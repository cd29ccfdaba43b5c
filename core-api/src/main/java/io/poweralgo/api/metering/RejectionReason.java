package io.poweralgo.api.metering;

/** Why a meter reading was not accepted; stored with the raw message in the dead-letter collection. */
public enum RejectionReason {
    MALFORMED_JSON,
    MISSING_FIELD,
    OVERSIZED_PAYLOAD,
    TOPIC_MISMATCH,
    FUTURE_TIMESTAMP,
    /** A register at or above {@link Registers#LIMIT_WH}. */
    REGISTER_OUT_OF_RANGE,
    UNKNOWN_METER,
    METER_NOT_LINKED,
    BAD_SIGNATURE,
    REGISTER_DECREASED,
    CONFLICTING_READING,
    PROCESSING_FAILED
}
