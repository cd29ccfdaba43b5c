package io.poweralgo.app.web;

/** A read found nothing; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
