package io.kumo.isolation;

import io.kumo.supervisor.RunConfinement;

/** Puts a run (already wrapped by its sandbox, if any) under its resource limits with the best mechanism this machine has. */
public interface LimitConfiner {

    /** {@code inner} wrapped in the request's limits; {@code inner} itself when there are none. */
    RunConfinement confine(ConfinementRequest request, RunConfinement inner);

    /** Which mechanism applies here and what it enforces, for Settings and {@code kumo doctor}. */
    String mechanism();
}
