package io.kumo.code.check;

/** A checker or formatter could not do its job (not installed, crashed, refused the text); the message says why. */
public final class CheckFailedException extends RuntimeException {

    public CheckFailedException(String message) {
        super(message);
    }
}
