package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;

/** The fallback where no cgroup can be made (macOS, an undelegated Linux): rlimits set in the wrapper shell. */
final class RlimitLimits implements LimitConfiner {

    private final Path shell;
    private final boolean root;
    private final LongSupplier userProcesses;

    RlimitLimits(Path shell, boolean root, LongSupplier userProcesses) {
        this.shell = shell;
        this.root = root;
        this.userProcesses = userProcesses;
    }

    /** The processes of the user Kumo runs as, counted now. */
    static long processesOfThisUser() {
        Optional<String> user = ProcessHandle.current().info().user();
        return ProcessHandle.allProcesses().filter(process -> process.info().user().equals(user)).count();
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        long running = request.limits().maxProcesses() == null ? 0 : userProcesses.getAsLong();
        return new RlimitConfinement(inner, request.limits(), shell, mechanism(), running);
    }

    @Override
    public String mechanism() {
        return "rlimits (memory as address space, processes (counted per user), open files, output size); CPU share not enforced (rlimits)"
                + (root ? "; the process limit does not hold for root" : "");
    }
}
