package io.kumo.workflow.service;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.ValidationException;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.Workflow;
import io.kumo.service.AuditedRepository;
import io.kumo.service.SchedulingPause;
import io.kumo.service.TaskService;
import io.kumo.store.Database;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowFileException;
import io.kumo.workflow.WorkflowYaml;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every workflow change and run request, for the window, the CLI and the REST API alike: files are validated before
 * anything is stored, changes are audited, and the {@link WorkflowRunner} hears about them after they commit.
 */
public final class WorkflowService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);

    private final AuditedRepository<Workflow> workflows;
    private final WorkflowRunTable runTable;
    private final TaskService tasks;
    private final SchedulingPause pause;
    private final ParsedFiles files = new ParsedFiles();
    private final WorkflowEvents events = new WorkflowEvents();
    private volatile WorkflowRunner runner = WorkflowRunner.NONE;

    /**
     * @param tasks the tasks a step may run by name
     * @param pause while all scheduling is paused, no workflow shows a next run
     */
    public WorkflowService(Database database, AuditService audit, Clock clock, TaskService tasks, SchedulingPause pause) {
        this.workflows = new AuditedRepository<>(database, database.workflows(), audit, clock, "Workflow");
        this.runTable = new WorkflowRunTable(database);
        this.tasks = tasks;
        this.pause = pause;
    }

    /** From now on runs, stops, re-runs and schedule changes go to {@code runner} (the engine calls this when it starts). */
    public void runWith(WorkflowRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    /** Where the workflow engine publishes run changes; {@link #addListener} listens to it. */
    public WorkflowEvents events() {
        return events;
    }

    /** The workflow list: name order. */
    public List<WorkflowSummary> list() {
        Map<Long, WorkflowRunTable.LastRun> lastRuns = runTable.lastRuns();
        boolean paused = pause.isPaused();
        return workflows.list().stream().map(workflow -> {
            WorkflowRunTable.LastRun last = lastRuns.get(workflow.getId());
            Instant next = workflow.isEnabled() && !paused ? runner.nextFire(workflow.getId()).orElse(null) : null;
            String schedule;
            int steps;
            try {
                WorkflowDefinition definition = files.of(workflow.getDefinition());
                schedule = WorkflowTriggers.words(definition.schedule());
                steps = definition.steps().size();
            } catch (ValidationException e) { // one unreadable file never hides the others
                schedule = "unreadable: " + e.getMessage();
                steps = 0;
            }
            return new WorkflowSummary(workflow.getId(), workflow.getName(), workflow.getDescription(), schedule,
                    workflow.isEnabled(), steps, last == null ? null : last.status(), last == null ? null : last.at(), next);
        }).toList();
    }

    /**
     * Every stored workflow with what its file says, name order (the engine schedules them when it starts); a file
     * this Kumo cannot read (stored by another version) is left out and logged, so it never holds back the others.
     */
    public List<StoredWorkflow> all() {
        List<StoredWorkflow> all = new ArrayList<>();
        for (Workflow workflow : workflows.list()) {
            try {
                all.add(stored(workflow));
            } catch (ValidationException e) {
                LOG.error("Workflow '{}' cannot be read and is left out: {}", workflow.getName(), e.getMessage());
            }
        }
        return all;
    }

    /**
     * {@code workflow}'s line of {@link #list()}, read for it alone (its newest run, its next fire): a single workflow's
     * page does not parse every stored file.
     */
    public WorkflowSummary summary(StoredWorkflow workflow) {
        WorkflowRunTable.LastRun last = runTable.lastRun(workflow.id()).orElse(null);
        Instant next = workflow.enabled() && !pause.isPaused() ? runner.nextFire(workflow.id()).orElse(null) : null;
        WorkflowDefinition definition = workflow.definition();
        return new WorkflowSummary(workflow.id(), workflow.name(), definition.description(),
                WorkflowTriggers.words(definition.schedule()), workflow.enabled(), definition.steps().size(),
                last == null ? null : last.status(), last == null ? null : last.at(), next);
    }

    public Optional<StoredWorkflow> find(String name) {
        return workflows.findByName(name).map(this::stored);
    }

    /** @throws ValidationException "no workflow named X" */
    public StoredWorkflow get(String name) {
        return find(name).orElseThrow(() -> noWorkflow(name));
    }

    /**
     * Parses and validates {@code yaml}, then creates the workflow or replaces the one of the same name (Dagu files
     * welcome). Nothing is stored when it is refused.
     *
     * @throws WorkflowFileException with the line when the file has one
     */
    public StoredWorkflow save(String yaml) {
        WorkflowDefinition definition = parse(yaml);
        return store(yaml, definition, workflows.findByName(definition.name()));
    }

    /**
     * As {@link #save(String)}, for the editor that may have renamed the workflow: the one saved as
     * {@code previousName} (null for a new one) is replaced; a name another workflow has is refused.
     */
    public StoredWorkflow save(String yaml, String previousName) {
        WorkflowDefinition definition = parse(yaml);
        if (previousName == null) {
            if (workflows.findByName(definition.name()).isPresent()) {
                throw new ValidationException("a workflow named '" + definition.name() + "' already exists");
            }
            return store(yaml, definition, Optional.empty());
        }
        Workflow previous = workflows.findByName(previousName).orElseThrow(() -> noWorkflow(previousName));
        return store(yaml, definition, Optional.of(previous));
    }

    /** Whether {@code yaml} would replace a stored workflow (true) or add one; the file is checked as {@link #save} does. */
    public boolean replaces(String yaml) {
        return workflows.findByName(parse(yaml).name()).isPresent();
    }

    private WorkflowDefinition parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new WorkflowFileException("the file is empty");
        }
        WorkflowDefinition definition = WorkflowYaml.parse(yaml);
        for (StepDefinition step : definition.allSteps()) {
            if (step.runsTask()) {
                try {
                    tasks.named(step.task());
                } catch (ValidationException e) {
                    throw new WorkflowFileException("step " + step.name() + ": no task named '" + step.task() + "'");
                }
            }
        }
        return definition;
    }

    private StoredWorkflow store(String yaml, WorkflowDefinition definition, Optional<Workflow> existing) {
        Workflow saved;
        if (existing.isPresent()) {
            Workflow workflow = existing.get();
            workflow.setName(definition.name());
            workflow.setDescription(definition.description());
            workflow.setDefinition(yaml);
            saved = workflows.update(workflow);
        } else {
            saved = workflows.create(new Workflow(definition.name(), definition.description(), yaml));
        }
        StoredWorkflow stored = stored(saved);
        runner.workflowChanged(stored);
        return stored;
    }

    /** Deletes the workflow and unschedules it; its runs stay as history, and a run in progress finishes. */
    public void delete(String name) {
        Workflow workflow = workflows.findByName(name).orElseThrow(() -> noWorkflow(name));
        workflows.delete(workflow.getId());
        runner.workflowDeleted(workflow.getId());
    }

    /** Pauses or resumes its schedule, audited as PAUSE or RESUME; one already so is left as it is. */
    public StoredWorkflow setEnabled(String name, boolean enabled) {
        Workflow workflow = workflows.findByName(name).orElseThrow(() -> noWorkflow(name));
        if (workflow.isEnabled() == enabled) {
            return stored(workflow);
        }
        workflow.setEnabled(enabled);
        StoredWorkflow stored = stored(workflows.update(workflow, enabled ? AuditAction.RESUME : AuditAction.PAUSE));
        runner.workflowChanged(stored);
        return stored;
    }

    /**
     * As {@link #run(String, Map)}, for a webhook trigger: every step of the run reads the request's body from
     * {@code payload} through {@code KUMO_PAYLOAD}.
     */
    public long run(String name, Map<String, String> params, java.nio.file.Path payload) {
        StoredWorkflow workflow = get(name);
        checkParams(workflow, params);
        return runner.start(workflow, Map.copyOf(params), TriggerKind.MANUAL, payload);
    }

    /** Runs it now; {@code params} override its defaults (an unknown key is refused). The new run's id. */
    public long run(String name, Map<String, String> params) {
        StoredWorkflow workflow = get(name);
        checkParams(workflow, params);
        return runner.start(workflow, Map.copyOf(params), TriggerKind.MANUAL);
    }

    private static void checkParams(StoredWorkflow workflow, Map<String, String> params) {
        String name = workflow.name();
        Map<String, String> declared = workflow.definition().params();
        for (String key : params.keySet()) {
            if (!declared.containsKey(key)) {
                throw new ValidationException("workflow " + name + " has no parameter '" + key + "'"
                        + (declared.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", declared.keySet()) + ")"));
            }
        }
    }

    /** Stops every running step of the run; false when it is not going on. */
    public boolean stop(long workflowRunId) {
        WorkflowRunRecord run = findRun(workflowRunId).orElseThrow(() -> noRun(workflowRunId));
        return !run.status().isTerminal() && runner.stop(workflowRunId);
    }

    /** See {@link WorkflowRunner#rerunFromFailed}; refused when the run is still going or had no failed step. */
    public long rerunFromFailed(long workflowRunId) {
        WorkflowRunRecord run = findRun(workflowRunId).orElseThrow(() -> noRun(workflowRunId));
        if (!run.status().isTerminal()) {
            throw new ValidationException("workflow run #" + workflowRunId + " is still " + run.status()
                    + ": stop it or wait for its end before re-running it");
        }
        boolean failedStep = run.steps().stream().anyMatch(step -> step.status().isFailure()
                || step.status() == StepStatus.WAITING && run.status() != RunStatus.SUCCESS);
        if (!failedStep) {
            throw new ValidationException("workflow run #" + workflowRunId + " had no failed step: nothing to re-run");
        }
        return runner.rerunFromFailed(workflowRunId);
    }

    /** Its runs, newest first; the runs of a deleted workflow stay readable by its name. */
    public List<WorkflowRunRecord> runs(String name, int limit) {
        Optional<Workflow> workflow = workflows.findByName(name);
        if (workflow.isPresent()) {
            return runTable.page(new WorkflowRunTable.Query(workflow.get().getId(), null, null, null, limit));
        }
        List<WorkflowRunRecord> history = runTable.page(new WorkflowRunTable.Query(null, name, null, null, limit));
        if (history.isEmpty()) {
            throw noWorkflow(name);
        }
        return history;
    }

    /** A page of runs, newest first (the history pane pages with {@link WorkflowRunTable.Query#before}). */
    public List<WorkflowRunRecord> runs(WorkflowRunTable.Query query) {
        return runTable.page(query);
    }

    /** Runs of every workflow, newest first, optionally of one status (null: all). */
    public List<WorkflowRunRecord> recentRuns(RunStatus status, int limit) {
        return runTable.page(WorkflowRunTable.Query.latest(limit).withStatus(status));
    }

    public Optional<WorkflowRunRecord> findRun(long workflowRunId) {
        return runTable.find(workflowRunId);
    }

    /** @throws ValidationException "no workflow run #N" */
    public WorkflowRunRecord getRun(long workflowRunId) {
        return findRun(workflowRunId).orElseThrow(() -> noRun(workflowRunId));
    }

    public void addListener(WorkflowListener listener) {
        events.add(listener);
    }

    public void removeListener(WorkflowListener listener) {
        events.remove(listener);
    }

    private StoredWorkflow stored(Workflow workflow) {
        return new StoredWorkflow(workflow.getId(), workflow.getName(), workflow.getDefinition(),
                files.of(workflow.getDefinition()), workflow.isEnabled(), workflow.getLastFiredAt(),
                workflow.getCreatedAt(), workflow.getUpdatedAt());
    }

    private static ValidationException noWorkflow(String name) {
        return new ValidationException("no workflow named '" + name + "'");
    }

    private static ValidationException noRun(long id) {
        return new ValidationException("no workflow run #" + id);
    }
}
