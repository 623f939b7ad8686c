package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;

/** A cgroup per run in a delegated cgroup v2 tree (Kumo's own cgroup, Kumo itself moved into a leaf). */
final class CgroupV2Limits implements LimitConfiner {

    private final Path parent;
    private final boolean cpu;
    private final Path shell;

    CgroupV2Limits(Path parent, boolean cpu, Path shell) {
        this.parent = parent;
        this.cpu = cpu;
        this.shell = shell;
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        CgroupV2Run cgroup;
        try {
            cgroup = CgroupV2Run.create(parent, RunCgroupNames.of(request), request.limits());
        } catch (IllegalStateException e) {
            inner.close(); // the sandbox made for this run is not used either
            throw e;
        }
        return new CgroupConfinement(inner, cgroup, request.limits(), shell, mechanism());
    }

    @Override
    public String mechanism() {
        return cpu ? "cgroup v2 (memory, CPU, processes) + rlimits (open files, output size)"
                : "cgroup v2 (memory, processes) + rlimits (open files, output size); CPU share not enforced (no cpu controller)";
    }
}
