package io.kumo.isolation;

import io.kumo.supervisor.RunConfinement;
import java.util.Optional;

/** Runs a process inside one kind of sandbox. */
public interface SandboxConfiner {

    /**
     * The confinement for the request's run.
     *
     * @throws IllegalStateException when this sandbox cannot be used here (its message says why and what to install)
     */
    RunConfinement confine(ConfinementRequest request);

    /** Why this sandbox cannot be used on this machine, or empty when it can. */
    Optional<String> unavailableReason();
}
