package io.poweralgo.ledger.custody;

/** The key store cannot do what was asked; the message says why and never contains key material. */
public class CustodyException extends RuntimeException {

    public CustodyException(String message) {
        super(message);
    }

    public CustodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
