package io.kumo.workflow;

/** Dagu's {@code retryPolicy}: at most {@code limit} more attempts after a failure, {@code intervalSeconds} apart. */
public record RetryPolicy(int limit, long intervalSeconds) {

    public static final RetryPolicy NONE = new RetryPolicy(0, 0);
}
