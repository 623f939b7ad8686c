package io.kumo.workflow.engine;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.Engine;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A real core, engine and workflow engine on a temp directory; steps are real processes. */
final class WorkflowFixture implements AutoCloseable {

    final Clock clock;
    final KumoCore core;
    final Engine engine;
    final WorkflowEngine workflows;
    final List<StoredWorkflow> saved = new CopyOnWriteArrayList<>();
    private final Map<Long, WorkflowRunRecord> latest = new ConcurrentHashMap<>();

    WorkflowFixture(Path dir, Clock clock) {
        this.clock = clock;
        core = TestCores.open(dir, clock);
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        engine = core.newEngine(new OsProcessLauncher(), System.getenv());
        workflows = core.workflowEngine().orElseThrow();
        core.workflowService().addListener(run -> latest.put(run.id(), run));
    }

    WorkflowFixture started() {
        engine.prepare();
        return this;
    }

    /** A workflow as the service would hand it over (its file is not read by these tests unless they re-run). */
    StoredWorkflow workflow(WorkflowDefinition definition, String yaml) {
        Instant now = clock.instant();
        StoredWorkflow workflow = new StoredWorkflow(saved.size() + 1, definition.name(), yaml == null ? "name: " + definition.name() : yaml,
                definition, true, null, now, now);
        saved.add(workflow);
        return workflow;
    }

    StoredWorkflow workflow(String name, StepDefinition... steps) {
        return workflow(definition(name, List.of(steps)), null);
    }

    static WorkflowDefinition definition(String name, List<StepDefinition> steps) {
        return new WorkflowDefinition(name, null, null, Map.of(), Map.of(), steps, null, 0, null, null, null);
    }

    long run(StoredWorkflow workflow) {
        return workflows.start(workflow, Map.of(), TriggerKind.MANUAL);
    }

    WorkflowRunRecord await(long runId, Predicate<WorkflowRunRecord> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WorkflowRunRecord run = latest.get(runId);
            if (run != null && condition.test(run)) {
                return run;
            }
            sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what + "; run: " + latest.get(runId));
    }

    WorkflowRunRecord awaitEnd(long runId) {
        return await(runId, run -> run.status().isTerminal(), "the end of workflow run #" + runId);
    }

    Optional<WorkflowRunRecord> latest(long runId) {
        return Optional.ofNullable(latest.get(runId));
    }

    Run runOf(WorkflowRunRecord run, String step) {
        return engine.runs().find(run.step(step).orElseThrow().runId()).orElseThrow();
    }

    String logOf(WorkflowRunRecord run, String step) throws Exception {
        Run attempt = runOf(run, step);
        return attempt.getLogPath() == null || !Files.exists(Path.of(attempt.getLogPath())) ? "" : Files.readString(Path.of(attempt.getLogPath()));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        engine.close();
        core.close();
    }
}
