package io.kumo.isolation.limits;

import io.kumo.app.KumoCore;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.isolation.LimitConfiner;
import io.kumo.isolation.RunConfiners;
import io.kumo.isolation.sandbox.Bubblewrap;
import io.kumo.isolation.sandbox.Containers;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A real core and engine whose runs are confined by a chosen limit mechanism; removes what a failed test left. */
final class LimitedRuns implements AutoCloseable {

    final KumoCore core;
    final Engine engine;
    final LimitHost host = LimitHost.current();
    private final List<Long> runIds = new ArrayList<>();

    LimitedRuns(Path dir, LimitConfiner limits) {
        core = TestCores.open(dir);
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        core.confineRunsWith(new RunConfiners(limits, Bubblewrap.detect(), Containers.detect()));
        engine = core.newEngine(new OsProcessLauncher(), System.getenv());
        engine.prepare();
    }

    Task task(String name, String command, ResourceLimits limits) {
        Task task = new Task(name, command);
        task.setLimits(limits);
        return core.tasks().create(task);
    }

    Task task(String name, String command, ResourceLimits limits, long timeoutSeconds) {
        Task task = new Task(name, command);
        task.setLimits(limits);
        task.setTimeoutSeconds(timeoutSeconds);
        return core.tasks().create(task);
    }

    Run start(Task task) {
        Run run = engine.runNow(task);
        runIds.add(run.getId());
        return run;
    }

    Run awaitEnd(Run run) {
        return await(run, r -> r.getStatus().isTerminal(), "the end of run " + run.getId());
    }

    Run await(Run run, Predicate<Run> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Run> now = engine.runs().latest(run.getTaskId(), null, 100).stream()
                    .filter(r -> r.getId().equals(run.getId())).findFirst();
            if (now.isPresent() && condition.test(now.get())) {
                return now.get();
            }
            pause(25);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** The run as it is now. */
    Run awaitAny(Run run) {
        return await(run, r -> true, "run " + run.getId());
    }

    Run runToEnd(Task task) {
        return awaitEnd(start(task));
    }

    /** The run's cgroups in Kumo's own v1 or v2 cgroups, while it exists. */
    List<Path> cgroupsOf(long runId) {
        List<Path> found = new ArrayList<>();
        for (Path parent : ownCgroupParents()) {
            try (Stream<Path> children = Files.list(parent)) {
                children.filter(child -> child.getFileName().toString().startsWith(RunCgroupNames.PREFIX + runId + "-")).forEach(found::add);
            } catch (IOException e) {
                // no such hierarchy here
            }
        }
        return found;
    }

    private List<Path> ownCgroupParents() {
        List<Path> parents = new ArrayList<>();
        for (String controller : List.of("memory", "pids", "cpu")) {
            OsLimits.cgroupPath(host.selfCgroups(), controller)
                    .ifPresent(path -> parents.add(host.cgroupRoot().resolve(controller).resolve(path.replaceFirst("^/+", ""))));
        }
        OsLimits.cgroupPath(host.selfCgroups(), "").ifPresent(path -> {
            parents.add(host.cgroupRoot().resolve(path.replaceFirst("^/+", "")));
            parents.add(host.cgroupRoot().resolve("unified").resolve(path.replaceFirst("^/+", "")));
        });
        return parents;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            engine.close();
            core.close();
        } finally {
            for (long runId : runIds) { // only after a failure: a finished run removed its own
                cgroupsOf(runId).forEach(dir -> {
                    CgroupFiles.killAll(dir);
                    CgroupFiles.remove(dir);
                });
            }
        }
    }
}
