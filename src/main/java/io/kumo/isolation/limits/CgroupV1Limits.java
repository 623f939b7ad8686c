package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.Map;

/** A cgroup per run in the writable cgroup v1 hierarchies, as children of Kumo's own cgroups there. */
final class CgroupV1Limits implements LimitConfiner {

    private final Map<String, Path> parents;
    private final Path shell;

    /** @param parents Kumo's cgroup in each hierarchy ("memory", "pids", optionally "cpu") */
    CgroupV1Limits(Map<String, Path> parents, Path shell) {
        this.parents = Map.copyOf(parents);
        this.shell = shell;
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        CgroupV1Run cgroup;
        try {
            cgroup = CgroupV1Run.create(parents, RunCgroupNames.of(request), request.limits());
        } catch (IllegalStateException e) {
            inner.close(); // the sandbox made for this run is not used either
            throw e;
        }
        return new CgroupConfinement(inner, cgroup, request.limits(), shell, mechanism());
    }

    @Override
    public String mechanism() {
        return parents.containsKey("cpu") ? "cgroup v1 (memory, CPU, processes) + rlimits (open files, output size)"
                : "cgroup v1 (memory, processes) + rlimits (open files, output size); CPU share not enforced (no cpu hierarchy)";
    }
}
