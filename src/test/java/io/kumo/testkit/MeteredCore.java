package io.kumo.testkit;

import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.engine.RunQuery;
import io.kumo.supervisor.OsProcessLauncher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A real core with its engine started (real python3 processes) and metrics attached, whose gauges' cache ages only
 * when the test moves {@link #nanos}.
 */
public final class MeteredCore implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(60);

    public final KumoCore core;
    public final Engine engine;
    public final KumoMetrics metrics;
    public final AtomicLong nanos = new AtomicLong();

    public MeteredCore(Path dataDir) {
        core = TestCores.open(dataDir);
        engine = core.startEngine(new OsProcessLauncher(), System.getenv());
        metrics = KumoMetrics.attach(engine, core.taskService(), core.database(), core.schedulingPause(), nanos::get);
    }

    /** A task run only on demand. */
    public Task manualTask(String name, String command) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.MANUAL);
        return core.taskService().create(task);
    }

    /** Runs {@code task} now and waits until its run's end is recorded; that run. */
    public Run runToEnd(Task task) {
        engine.runNow(task);
        awaitUntil(() -> lastRun(task) != null && lastRun(task).getStatus().isTerminal(), task.getName() + " ended");
        return lastRun(task);
    }

    public Run lastRun(Task task) {
        List<Run> runs = core.runHistory().page(new RunQuery(task.getId(), Set.of(), null, null), 0, 1);
        return runs.isEmpty() ? null : runs.getFirst();
    }

    /** Waits until a scrape has a line starting with {@code line} (the engine tells its listeners after the record). */
    public void awaitScrapeLine(String line) {
        awaitUntil(() -> metrics.scrape().lines().anyMatch(scraped -> scraped.startsWith(line)), "a scrape line " + line);
    }

    /** Lets the gauges read the store again at the next scrape. */
    public void ageGauges() {
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    }

    public static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20); // polling the store, not waiting for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        metrics.close();
        core.close();
    }
}
