package io.kumo.common;

/** Input that Kumo refuses, with a message meant for the user ("name: must not be empty"). */
public class ValidationException extends RuntimeException {

    public ValidationException(String message) {
        super(message);
    }
}
