package io.kumo.api.service;

/** A trigger URL request refused, with why; the API answers {@link Reason#status()}. */
public final class HookRejected extends RuntimeException {

    public enum Reason {
        /** No trigger has that id (or it was removed). */
        UNKNOWN(404),
        /** The task or workflow it started was deleted. */
        TARGET_GONE(410),
        /** Neither a query token nor a signature came. */
        NO_SECRET(401),
        /** The token or the signature does not match. */
        BAD_SECRET(401);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public HookRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
