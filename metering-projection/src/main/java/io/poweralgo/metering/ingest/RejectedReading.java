package io.poweralgo.metering.ingest;

import io.poweralgo.api.metering.RejectionReason;

/** A reading that breaks the meter-vendor contract. An expected outcome: no stack trace. */
public class RejectedReading extends RuntimeException {

    private final RejectionReason reason;

    public RejectedReading(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
