package io.poweralgo.metering.ingest;

/** Keeps refused messages where operators can query them. */
public interface DeadLetterSink {

    void store(DeadLetter deadLetter);
}
