package io.kumo.rest;

/**
 * An answer other than success, with a one-line message: the server writes {@code {"error": message}} with
 * {@code status}. Services' {@link io.kumo.common.ValidationException}s become 400 without this.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }
}
