package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A real core and engine on a temp directory, driven by a settable clock (no timer thread). */
final class EngineFixture implements AutoCloseable {

    final MutableClock clock;
    final KumoCore core;
    final Engine engine;

    EngineFixture(Path dir, Instant start) {
        this(dir, start, new OsProcessLauncher());
    }

    EngineFixture(Path dir, Instant start, ProcessLauncher launcher) {
        clock = new MutableClock(start);
        core = TestCores.open(dir, clock);
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        engine = core.newEngine(launcher, System.getenv());
    }

    Task cronTask(String name, String cron, String command) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(cron);
        task.setTimeZone("UTC");
        return core.tasks().create(task);
    }

    Task intervalTask(String name, Duration every, String command) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.INTERVAL);
        task.setIntervalSeconds(every.toSeconds());
        task.setAnchorAt(clock.instant());
        return core.tasks().create(task);
    }

    void tickAt(Instant instant) {
        clock.set(instant);
        engine.scheduler().tick();
    }

    List<Run> runsOf(Task task) {
        return engine.runs().latest(task.getId(), null, 1000).reversed();
    }

    Run awaitRun(Supplier<List<Run>> runs, Predicate<Run> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (Run run : runs.get()) {
                if (condition.test(run)) {
                    return run;
                }
            }
            sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what + "; runs: " + describe(runs.get()));
    }

    Run awaitStatus(Task task, RunStatus status) {
        return awaitRun(() -> runsOf(task), run -> run.getStatus() == status, task.getName() + " " + status);
    }

    Run awaitEnded(Task task, int count) {
        // the run handed back is one read after the count was reached, never a stale copy from before its end
        return awaitRun(() -> runsOf(task), run -> run.getStatus().isTerminal()
                && runsOf(task).stream().filter(r -> r.getStatus().isTerminal()).count() >= count, count + " ended runs of " + task.getName());
    }

    /** Starts the task now and waits for that run's end. */
    Run runToEnd(Task task) {
        engine.runNow(task);
        return awaitEnded(task, 1);
    }

    /** The run's whole log. */
    static String log(Run run) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of(run.getLogPath()));
    }

    static String describe(List<Run> runs) {
        return runs.stream().map(r -> "#" + r.getId() + " " + r.getTriggerKind() + " " + r.getScheduledFor() + " " + r.getStatus()
                + (r.getError() == null ? "" : " (" + r.getError() + ")")).toList().toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    void assertNothingRunning() {
        assertThat(engine.runs().withStatus(RunStatus.RUNNING)).isEmpty();
    }

    @Override
    public void close() {
        engine.close();
        core.close();
    }
}
