package io.kumo.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

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

    /** "none"; "on AC power, idle 10m; else skip"; "online (example.com reachable); wait up to 30m, then skip". */
    public String describe(LongFunction<String> seconds) {
        if (!any()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (onlyOnAc) {
            parts.add("on AC power");
        }
        if (reachableHost != null) {
            parts.add("online (" + reachableHost + " reachable)");
        } else if (onlyOnline) {
            parts.add("online");
        }
        if (idleSeconds != null) {
            parts.add("idle " + seconds.apply(idleSeconds));
        }
        if (notMetered) {
            parts.add("not metered");
        }
        return String.join(", ", parts) + (waitSeconds == 0 ? "; else skip" : "; wait up to " + seconds.apply(waitSeconds) + ", then skip");
    }
}
