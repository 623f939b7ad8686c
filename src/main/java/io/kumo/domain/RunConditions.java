package io.kumo.domain;

/**
 * What must hold when a task fires: on AC power, a network up (or {@code reachableHost} reachable), the computer
 * idle at least {@code idleSeconds}, not on a metered connection. When one fails the run waits up to
 * {@code waitSeconds} for all to hold, then is skipped with the reason; 0 skips at once. A manual run ignores them.
 */
public record RunConditions(boolean onlyOnAc, boolean onlyOnline, String reachableHost, Long idleSeconds,
                            boolean notMetered, long waitSeconds) {

    public static final RunConditions NONE = new RunConditions(false, false, null, null, false, 0);

    public RunConditions {
        reachableHost = reachableHost == null || reachableHost.isBlank() ? null : reachableHost.strip();
        if (idleSeconds != null && idleSeconds <= 0) {
            idleSeconds = null;
        }
        if (waitSeconds < 0) {
            throw new IllegalArgumentException("the wait for conditions cannot be negative");
        }
    }

    /** Whether any condition is set (a host to reach counts as "online"). */
    public boolean any() {
        return onlyOnAc || onlyOnline || reachableHost != null || idleSeconds != null || notMetered;
    }
}
