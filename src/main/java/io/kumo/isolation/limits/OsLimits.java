package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;

/** The limit mechanism of this machine. CONTRACT PLACEHOLDER: replaced by the limits work. */
public final class OsLimits implements LimitConfiner {

    private OsLimits() {
    }

    /** Probes this machine once: systemd user scopes, a delegated cgroup tree, else rlimits. */
    public static LimitConfiner detect() {
        return new OsLimits();
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        return inner;
    }

    @Override
    public String mechanism() {
        return "none";
    }
}
