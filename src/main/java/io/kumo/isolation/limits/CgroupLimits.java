package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.Map;

/** A cgroup per run, as a child of Kumo's own cgroup: in a delegated cgroup v2 tree or the writable v1 hierarchies. */
final class CgroupLimits implements LimitConfiner {

    /** Makes one run's cgroup; throws IllegalStateException when it cannot. */
    private interface CgroupMaker {
        RunCgroup create(String name, ResourceLimits limits);
    }

    private final CgroupMaker maker;
    private final String mechanism;
    private final Path shell;

    private CgroupLimits(CgroupMaker maker, String mechanism, Path shell) {
        this.maker = maker;
        this.mechanism = mechanism;
        this.shell = shell;
    }

    /** @param parent Kumo's cgroup in a delegated v2 tree (Kumo itself moved into a leaf) */
    static CgroupLimits v2(Path parent, boolean cpu, Path shell) {
        return new CgroupLimits((name, limits) -> CgroupV2Run.create(parent, name, limits), cpu
                ? "cgroup v2 (memory, CPU, processes) + rlimits (open files, output size)"
                : "cgroup v2 (memory, processes) + rlimits (open files, output size); CPU share not enforced (no cpu controller)",
                shell);
    }

    /** @param parents Kumo's cgroup in each hierarchy ("memory", "pids", optionally "cpu") */
    static CgroupLimits v1(Map<String, Path> parents, Path shell) {
        Map<String, Path> hierarchies = Map.copyOf(parents);
        return new CgroupLimits((name, limits) -> CgroupV1Run.create(hierarchies, name, limits), hierarchies.containsKey("cpu")
                ? "cgroup v1 (memory, CPU, processes) + rlimits (open files, output size)"
                : "cgroup v1 (memory, processes) + rlimits (open files, output size); CPU share not enforced (no cpu hierarchy)",
                shell);
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        RunCgroup cgroup;
        try {
            cgroup = maker.create(RunCgroupNames.of(request), request.limits());
        } catch (IllegalStateException e) {
            inner.close(); // the sandbox made for this run is not used either
            throw e;
        }
        return new CgroupConfinement(inner, cgroup, request.limits(), shell, mechanism);
    }

    @Override
    public String mechanism() {
        return mechanism;
    }
}
