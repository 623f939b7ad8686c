package io.kumo.common;

/**
 * Input that is valid on its own but clashes with what is stored, such as a name another one already has: still a
 * {@link ValidationException} for the window and the command line (exit code 2), a 409 for the REST API.
 */
public class ConflictException extends ValidationException {

    public ConflictException(String message) {
        super(message);
    }
}
