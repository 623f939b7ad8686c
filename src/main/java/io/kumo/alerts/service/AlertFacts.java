package io.kumo.alerts.service;

import io.kumo.alerts.HistoryFacts;
import io.kumo.alerts.RunFacts;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.RunQuery;
import io.kumo.runs.RunHistory;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * What alerts say about a run, read from the store on the alerts thread (never on the engine's): names, the log tail,
 * and the history facts rules ask for (the outcome before, bad outcomes in a row, recent successful durations).
 */
public final class AlertFacts {

    static final int RECENT_SUCCESSES = 30;
    private static final int STREAK_READ = 100;
    private static final int RETRY_READ = 50;
    private static final int RETRY_LOOKS = 10;
    private static final long RETRY_LOOK_PAUSE_MILLIS = 100;
    private static final Set<RunStatus> BAD = Set.of(RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.INTERRUPTED);
    private static final Set<RunStatus> OUTCOMES = Set.of(RunStatus.SUCCESS, RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.INTERRUPTED);

    private final RunHistory runs;
    private final LongFunction<Optional<Task>> tasks;
    private final LongFunction<Optional<Project>> projects;
    private final BiFunction<String, Integer, List<WorkflowRunRecord>> workflowRuns;

    /** @param workflowRuns a workflow's runs by name, newest first, at most the given count */
    public AlertFacts(RunHistory runs, LongFunction<Optional<Task>> tasks, LongFunction<Optional<Project>> projects,
                      BiFunction<String, Integer, List<WorkflowRunRecord>> workflowRuns) {
        this.runs = runs;
        this.tasks = tasks;
        this.projects = projects;
        this.workflowRuns = workflowRuns;
    }

    /**
     * True when a retry follows this failed attempt: only its last attempt is an outcome to alert about. The engine
     * records the retry run (same first run, next attempt) when the attempt ends; without that row (the engine was
     * stopping, the retry could not be recorded) the attempt is the outcome.
     */
    boolean retryFollows(Run run) {
        if (!mayRetry(run, tasks.apply(run.getTaskId()).map(Task::getRetries).orElse(0))) {
            return false;
        }
        // the engine hands the ended attempt to the run-record writer just before it records the retry, so the
        // announcement can come first: give the retry row a moment before taking the attempt as the outcome
        for (int look = 0; look < RETRY_LOOKS; look++) {
            if (retryRecorded(run)) {
                return true;
            }
            try {
                Thread.sleep(RETRY_LOOK_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return retryRecorded(run);
    }

    private boolean retryRecorded(Run run) {
        long first = run.getFirstRunId() != null ? run.getFirstRunId() : run.getId();
        return runs.page(new RunQuery(run.getTaskId(), Set.of(), null, null), 0, RETRY_READ).stream()
                .anyMatch(next -> next.getAttempt() == run.getAttempt() + 1 && next.getFirstRunId() != null
                        && next.getFirstRunId() == first);
    }

    private static boolean mayRetry(Run run, int retries) {
        return (run.getStatus() == RunStatus.FAILED || run.getStatus() == RunStatus.TIMEOUT) && run.getAttempt() <= retries;
    }

    /** The run as alerts show it, with up to {@code logLines} last lines of its log. */
    RunFacts of(Run run, int logLines) {
        Optional<Task> task = tasks.apply(run.getTaskId());
        Long projectId = task.map(Task::getProjectId).orElse(null);
        String projectName = projectId == null ? null : projects.apply(projectId).map(Project::getName).orElse(null);
        String name = task.map(Task::getName).orElse(run.getTaskName());
        int missed = run.getMissedFires() == null ? 0 : run.getMissedFires();
        return new RunFacts(run.getId(), null, run.getTaskId(), null, projectId, name, projectName, run.getStatus().name(),
                run.getExitCode(), run.getStartedAt(), run.getEndedAt(), run.getError(), run.getAttempt(), missed,
                LogTail.read(run.getLogPath(), logLines), List.of());
    }

    /** A workflow run as alerts show it: its failed steps named. */
    RunFacts of(WorkflowRunRecord run) {
        List<String> failed = run.steps().stream()
                .filter(step -> step.status() == StepStatus.FAILED || step.status() == StepStatus.TIMEOUT)
                .map(step -> step.name()).toList();
        return new RunFacts(null, run.id(), null, run.workflowId(), null, run.workflowName(), null, run.status().name(),
                null, run.startedAt(), run.endedAt(), run.error(), 1, 0, List.of(), failed);
    }

    /** The task's history up to and including this run (its own runs only: a workflow's step runs are not its history). */
    HistoryFacts history(Run run) {
        int retries = tasks.apply(run.getTaskId()).map(Task::getRetries).orElse(0);
        List<RunStatus> before = ownRuns(run.getTaskId(), OUTCOMES, STREAK_READ).stream()
                .filter(older -> older.getId() < run.getId() && !mayRetry(older, retries))
                .map(Run::getStatus).toList();
        return facts(run.getStatus(), before, recentSuccesses(run.getTaskId()));
    }

    /** The workflow's history up to and including this run. */
    HistoryFacts history(WorkflowRunRecord run) {
        List<WorkflowRunRecord> recent;
        try {
            recent = workflowRuns.apply(run.workflowName(), STREAK_READ);
        } catch (RuntimeException gone) {
            recent = List.of();
        }
        List<RunStatus> before = recent.stream().filter(older -> older.id() < run.id() && OUTCOMES.contains(older.status()))
                .map(WorkflowRunRecord::status).toList();
        List<Duration> successes = durations(recent.stream().filter(done -> done.status() == RunStatus.SUCCESS)
                .map(done -> new Span(done.startedAt(), done.endedAt())).toList());
        return facts(run.status(), before, successes);
    }

    private static HistoryFacts facts(RunStatus now, List<RunStatus> before, List<Duration> successes) {
        int streak = 0;
        if (BAD.contains(now)) {
            streak = 1;
            for (RunStatus older : before) {
                if (!BAD.contains(older)) {
                    break;
                }
                streak++;
            }
        }
        String previous = before.isEmpty() ? null : before.getFirst().name();
        return new HistoryFacts(previous, streak, successes);
    }

    /** The durations of the task's last successful runs (step runs aside), newest first (for a long-run threshold). */
    List<Duration> recentSuccesses(long taskId) {
        return durations(ownRuns(taskId, Set.of(RunStatus.SUCCESS), RECENT_SUCCESSES * 2).stream()
                .map(done -> new Span(done.getStartedAt(), done.getEndedAt())).toList());
    }

    private record Span(java.time.Instant start, java.time.Instant end) {
    }

    /** The durations of up to {@link #RECENT_SUCCESSES} spans that have both ends. */
    private static List<Duration> durations(List<Span> spans) {
        return spans.stream().filter(span -> span.start() != null && span.end() != null).limit(RECENT_SUCCESSES)
                .map(span -> Duration.between(span.start(), span.end())).toList();
    }

    /** The task's newest runs in these statuses, its runs as a workflow step left out. */
    private List<Run> ownRuns(long taskId, Set<RunStatus> statuses, int limit) {
        return runs.page(new RunQuery(taskId, statuses, null, null), 0, limit * 2L).stream()
                .filter(older -> older.getWorkflowRunId() == null).limit(limit).toList();
    }

    /** The run as it stands in the store now. */
    Optional<Run> current(long runId) {
        return runs.find(runId);
    }
}
