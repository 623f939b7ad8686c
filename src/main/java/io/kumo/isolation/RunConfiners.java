package io.kumo.isolation;

import io.kumo.domain.SandboxMode;
import io.kumo.supervisor.RunConfinement;

/**
 * Chooses each run's confinement: a container applies the limits itself (the runtime's own flags); bubblewrap and a
 * plain run are wrapped in the limit mechanism of this machine.
 */
public final class RunConfiners {

    private final LimitConfiner limits;
    private final SandboxConfiner bubblewrap;
    private final SandboxConfiner containers;

    public RunConfiners(LimitConfiner limits, SandboxConfiner bubblewrap, SandboxConfiner containers) {
        this.limits = limits;
        this.bubblewrap = bubblewrap;
        this.containers = containers;
    }

    public RunConfinement forRun(ConfinementRequest request) {
        return switch (request.sandbox().mode()) {
            case CONTAINER -> containers.confine(request);
            case BWRAP -> limits.confine(request, bubblewrap.confine(request));
            case NONE -> limits.confine(request, RunConfinement.NONE);
        };
    }

    /** Which limit mechanism applies on this machine. */
    public String limitMechanism() {
        return limits.mechanism();
    }

    /** Why {@code mode} cannot be used here, or null when it can. */
    public String unavailableReason(SandboxMode mode) {
        return switch (mode) {
            case CONTAINER -> containers.unavailableReason().orElse(null);
            case BWRAP -> bubblewrap.unavailableReason().orElse(null);
            case NONE -> null;
        };
    }
}
