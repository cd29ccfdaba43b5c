package io.poweralgo.api.metering;

/** Why a meter reading was not accepted; stored with the raw message in the dead-letter collection. */
public enum RejectionReason {
    MALFORMED_JSON,
    MISSING_FIELD,
    OVERSIZED_PAYLOAD,
    TOPIC_MISMATCH,
    FUTURE_TIMESTAMP,
    /** Taken longer ago than the metering's maximum reading age: its hour is settled and final. */
    TOO_OLD,
    /** A register at or above {@link Registers#LIMIT_WH}. */
    REGISTER_OUT_OF_RANGE,
    UNKNOWN_METER,
    METER_NOT_LINKED,
    BAD_SIGNATURE,
    REGISTER_DECREASED,
    /** A register grew by more than the meter's rated power delivers in the time since its neighbouring reading. */
    IMPLAUSIBLE,
    CONFLICTING_READING,
    PROCESSING_FAILED
}
