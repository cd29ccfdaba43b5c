package io.poweralgo.app.security;

import java.io.IOException;

/** A body of undeclared length read past {@code poweralgo.http.max-body-size}: an expected refusal, answered 413. */
public final class RequestBodyTooLargeException extends IOException {

    private final long maxBytes;

    RequestBodyTooLargeException(long maxBytes) {
        super("request body exceeds " + maxBytes + " bytes", null);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Expected, so no stack trace is filled in or logged. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
