package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;

/** The fallback where no cgroup can be made (macOS, an undelegated Linux): rlimits set in the wrapper shell. */
final class RlimitLimits implements LimitConfiner {

    private final Path shell;
    private final boolean root;

    RlimitLimits(Path shell, boolean root) {
        this.shell = shell;
        this.root = root;
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        return new RlimitConfinement(inner, request.limits(), shell, mechanism());
    }

    @Override
    public String mechanism() {
        return "rlimits (memory as address space, processes per user, open files, output size); CPU share not enforced (rlimits)"
                + (root ? "; the process limit does not hold for root" : "");
    }
}
