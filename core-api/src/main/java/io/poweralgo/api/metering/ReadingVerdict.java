package io.poweralgo.api.metering;

/** What became of one submitted reading: recorded, ignored as a duplicate, or refused with a reason. */
public record ReadingVerdict(long seq, Outcome outcome, RejectionReason reason, String detail) {

    public enum Outcome {
        RECORDED, LATE_ADJUSTMENT, DUPLICATE, REJECTED
    }

    public static ReadingVerdict recorded(long seq, boolean late) {
        return new ReadingVerdict(seq, late ? Outcome.LATE_ADJUSTMENT : Outcome.RECORDED, null, null);
    }

    public static ReadingVerdict duplicate(long seq) {
        return new ReadingVerdict(seq, Outcome.DUPLICATE, null, null);
    }

    public static ReadingVerdict rejected(long seq, RejectionReason reason, String detail) {
        return new ReadingVerdict(seq, Outcome.REJECTED, reason, detail);
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }
}
