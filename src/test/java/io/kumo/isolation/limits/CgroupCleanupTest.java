package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a run's confinement kills every process still in its real cgroup, whoever its parent is, and removes the
 * cgroup; nothing but the cgroup ends them here (the test never signals them).
 */
@Timeout(60)
class CgroupCleanupTest {

    static final String FAMILY = "import os, time\nos.fork()\nos.fork()\ntime.sleep(120)\n";

    @TempDir
    Path dir;
    LimitConfiner best;
    RunConfinement confinement;
    Process process;
    final List<Path> cgroups = new ArrayList<>();

    @BeforeEach
    void needsCgroups() {
        best = OsLimits.detect();
        Assumptions.assumeTrue(best.mechanism().startsWith("cgroup v1") || best.mechanism().startsWith("cgroup v2 ("),
                "no cgroup of Kumo's own here (" + best.mechanism() + ")");
    }

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.destroyForcibly();
        }
        cgroups.forEach(cgroup -> {
            CgroupFiles.killAll(cgroup);
            CgroupFiles.remove(cgroup);
        });
    }

    @Test
    void closingKillsEveryProcessLeftInTheRunsCgroupAndRemovesIt() throws Exception {
        ConfinementRequest request = new ConfinementRequest(Math.abs(System.nanoTime() % 1_000_000), "family",
                new ResourceLimits(256L << 20, null, 20, null, null), Sandbox.NONE, dir, Optional.empty(), dir, Optional.empty(),
                Optional.empty(), Map.of(), dir);
        confinement = best.confine(request, RunConfinement.NONE);
        process = new ProcessBuilder(confinement.wrap(List.of(python(), "-c", FAMILY))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path memory = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Long> family = List.of();
        while (family.size() < 4 && System.nanoTime() < deadline) {
            cgroups.clear();
            cgroups.addAll(runCgroups(request.runId()));
            memory = cgroups.stream().filter(c -> c.toString().contains("/memory/")).findFirst().orElse(cgroups.getFirst());
            family = CgroupFiles.pids(memory);
            LimitedRuns.pause(20);
        }
        assertThat(family).as("the run and its three descendants in the cgroup").hasSize(4);

        confinement.close();

        for (long pid : family) {
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join());
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process " + pid).isFalse();
        }
        assertThat(cgroups).allSatisfy(cgroup -> assertThat(cgroup).doesNotExist());
    }

    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
            if (java.nio.file.Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new org.opentest4j.TestAbortedException("no python3 at /usr/bin or /usr/local/bin");
    }

    private static List<Path> runCgroups(long runId) {
        LimitHost host = LimitHost.current();
        List<Path> found = new ArrayList<>();
        for (String controller : List.of("memory", "pids", "")) {
            OsLimits.cgroupPath(host.selfCgroups(), controller).ifPresent(path -> {
                Path parent = controller.isEmpty() ? host.cgroupRoot().resolve(path.replaceFirst("^/+", ""))
                        : host.cgroupRoot().resolve(controller).resolve(path.replaceFirst("^/+", ""));
                try (var children = java.nio.file.Files.list(parent)) {
                    children.filter(c -> c.getFileName().toString().startsWith(RunCgroupNames.PREFIX + runId + "-")).forEach(found::add);
                } catch (java.io.IOException e) {
                    // no such hierarchy
                }
            });
        }
        return found;
    }
}
