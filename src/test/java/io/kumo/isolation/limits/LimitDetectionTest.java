package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mechanism applies, from temp directories shaped like cgroup v2 and v1 hierarchies (nothing of the host is touched). */
class LimitDetectionTest {

    static final Path SHELL = Path.of("/bin/sh");
    static final long SELF = 4242;

    @TempDir
    Path root;

    private LimitHost host(String selfCgroups) {
        return new LimitHost(root, selfCgroups, SELF, Optional.empty(), SHELL, false, false);
    }

    private Path dir(String relative, Map<String, String> files) throws IOException {
        Path dir = Files.createDirectories(root.resolve(relative));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    private void v1(String memoryPath, String pidsPath) throws IOException {
        dir("memory" + memoryPath, Map.of("memory.limit_in_bytes", "9223372036854771712", "cgroup.procs", ""));
        dir("pids" + pidsPath, Map.of("cgroup.procs", ""));
        dir("cpu", Map.of("cpu.cfs_quota_us", "-1", "cgroup.procs", ""));
    }

    @Test
    void aDelegatedCgroupV2TreeIsUsedAfterKumoMovesIntoALeaf() throws IOException {
        dir("", Map.of("cgroup.controllers", "cpu memory pids"));
        Path own = dir("user.slice/kumo.scope", Map.of("cgroup.controllers", "cpu memory pids", "cgroup.subtree_control", "",
                "cgroup.procs", "4242\n"));

        LimitConfiner limits = OsLimits.detect(host("0::/user.slice/kumo.scope\n"));

        assertThat(limits.mechanism()).isEqualTo("cgroup v2 (memory, CPU, processes) + rlimits (open files, output size)");
        assertThat(Files.readString(own.resolve("kumo-main/cgroup.procs"))).isEqualTo("4242");
        assertThat(Files.readString(own.resolve("cgroup.subtree_control"))).isEqualTo("+memory +pids +cpu");
    }

    @Test
    void aCgroupV2TreeWithoutTheMemoryControllerFallsBackToCgroupV1() throws IOException {
        dir("unified", Map.of("cgroup.controllers", "hugetlb", "cgroup.subtree_control", ""));
        v1("/kumo", "");

        LimitConfiner limits = OsLimits.detect(host("5:pids:/\n4:memory:/kumo\n1:cpu,cpuacct:/\n0::/\n"));

        assertThat(limits.mechanism()).isEqualTo("cgroup v1 (memory, CPU, processes) + rlimits (open files, output size)");
        assertThat(root.resolve("unified/kumo-main")).doesNotExist();
    }

    @Test
    void cgroupV1WithoutAPidsHierarchyFallsBackToRlimits() throws IOException {
        dir("memory/kumo", Map.of("memory.limit_in_bytes", "1"));

        LimitConfiner limits = OsLimits.detect(host("4:memory:/kumo\n"));

        assertThat(limits.mechanism()).startsWith("rlimits (").contains("CPU share not enforced (rlimits)");
    }

    @Test
    void noCgroupsAtAllMeansRlimitsAndRootIsWarnedAboutTheProcessLimit() {
        LimitConfiner limits = OsLimits.detect(new LimitHost(root, "", SELF, Optional.empty(), SHELL, true, false));

        assertThat(limits.mechanism()).contains("CPU share not enforced (rlimits)").endsWith("the process limit does not hold for root");
    }

    @Test
    void workingSystemdUserScopesComeFirst() throws IOException {
        v1("/kumo", "");
        LimitHost withSystemd = new LimitHost(root, "4:memory:/kumo\n5:pids:/\n", SELF, Optional.of(Path.of("/usr/bin/systemd-run")),
                SHELL, false, false);

        LimitConfiner limits = OsLimits.detect(withSystemd);
        List<String> argv = limits.confine(request(new ResourceLimits(200L << 20, 50, 30, null, null)), RunConfinement.NONE)
                .wrap(List.of("/usr/bin/python3", "job.py"));

        assertThat(limits.mechanism()).startsWith("cgroup v2 through systemd user scopes");
        assertThat(argv).startsWith("/usr/bin/systemd-run", "--user", "--scope").contains("MemoryMax=209715200", "CPUQuota=50%",
                "TasksMax=30").endsWith("--", "/usr/bin/python3", "job.py");
    }

    @Test
    void windowsSaysItsLimitsAreNotEnforced() {
        LimitConfiner limits = OsLimits.detect(new LimitHost(root, "", SELF, Optional.empty(), SHELL, false, true));

        RunConfinement confinement = limits.confine(request(new ResourceLimits(200L << 20, null, null, null, null)), RunConfinement.NONE);

        assertThat(confinement.wrap(List.of("C:\\python.exe"))).containsExactly("C:\\python.exe");
        assertThat(confinement.describe()).isEqualTo("limits memory 200 MB not enforced: Windows Job Objects are not supported yet");
    }

    @Test
    void aCgroupV1RunJoinsItsCgroupsWithItsLimitsWrittenAndOpenFilesAsAnRlimit() throws IOException {
        v1("/kumo", "");
        LimitConfiner limits = OsLimits.detect(host("4:memory:/kumo\n5:pids:/\n1:cpu,cpuacct:/\n"));

        RunConfinement confinement = limits.confine(request(new ResourceLimits(200L << 20, 50, 30, 64, 1L << 20)), RunConfinement.NONE);
        List<String> argv = confinement.wrap(List.of("/usr/bin/python3", "job.py"));

        Path memory = onlyRunCgroup(root.resolve("memory/kumo"));
        Path pids = onlyRunCgroup(root.resolve("pids"));
        Path cpu = onlyRunCgroup(root.resolve("cpu"));
        assertThat(Files.readString(memory.resolve("memory.limit_in_bytes"))).isEqualTo("209715200");
        assertThat(Files.readString(pids.resolve("pids.max"))).isEqualTo("30");
        assertThat(Files.readString(cpu.resolve("cpu.cfs_quota_us"))).isEqualTo("50000");
        assertThat(argv).containsExactly("/bin/sh", "-c", "echo $$ > '" + memory.resolve("cgroup.procs") + "' && echo $$ > '"
                + pids.resolve("cgroup.procs") + "' && echo $$ > '" + cpu.resolve("cgroup.procs")
                + "' && ulimit -n 64 && ulimit -f 2048 && exec \"$@\"", "kumo-limits", "/usr/bin/python3", "job.py");
    }

    @Test
    void rlimitsGiveTheRunItsProcessesOnTopOfThoseTheUserRunsAlready() {
        LimitConfiner limits = new RlimitLimits(SHELL, false, () -> 100);

        List<String> argv = limits.confine(request(new ResourceLimits(200L << 20, 50, 30, null, null)), RunConfinement.NONE)
                .wrap(List.of("/usr/bin/python3"));

        assertThat(argv).containsExactly("/bin/sh", "-c", "ulimit -v 204800 && ulimit -u 130 && exec \"$@\"", "kumo-limits",
                "/usr/bin/python3");
    }

    @Test
    void aRunWithoutLimitsIsLeftAsItIs() throws IOException {
        v1("/kumo", "");
        LimitConfiner limits = OsLimits.detect(host("4:memory:/kumo\n5:pids:/\n"));

        assertThat(limits.confine(request(ResourceLimits.NONE), RunConfinement.NONE)).isSameAs(RunConfinement.NONE);
    }

    private static Path onlyRunCgroup(Path parent) throws IOException {
        try (var children = Files.list(parent)) {
            List<Path> runs = children.filter(p -> p.getFileName().toString().startsWith("kumo-run-7-")).toList();
            assertThat(runs).hasSize(1);
            return runs.getFirst();
        }
    }

    private ConfinementRequest request(ResourceLimits limits) {
        return new ConfinementRequest(7, "job", limits, Sandbox.NONE, root, Optional.empty(), root, Optional.empty(), Optional.empty(),
                Map.of(), root);
    }
}
