package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;

/** One execution of a task, written before its process starts and completed when it ends. */
@DatabaseTable(tableName = "runs")
public class Run {

    @DatabaseField(generatedId = true, columnName = "id")
    private Long id;
    @DatabaseField(columnName = "task_id", canBeNull = false)
    private long taskId;
    @DatabaseField(columnName = "task_name", canBeNull = false)
    private String taskName;
    @DatabaseField(columnName = "trigger_kind", canBeNull = false)
    private TriggerKind triggerKind;
    @DatabaseField(columnName = "scheduled_for", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant scheduledFor;
    @DatabaseField(columnName = "queued_at", persisterClass = InstantPersister.class)
    private Instant queuedAt;
    /** When the run was claimed for its spawn (on the device before it): a crash from then on never starts it again. */
    @DatabaseField(columnName = "claimed_at", persisterClass = InstantPersister.class)
    private Instant claimedAt;
    @DatabaseField(columnName = "started_at", persisterClass = InstantPersister.class)
    private Instant startedAt;
    @DatabaseField(columnName = "ended_at", persisterClass = InstantPersister.class)
    private Instant endedAt;
    @DatabaseField(columnName = "pid")
    private Long pid;
    @DatabaseField(columnName = "exit_code")
    private Integer exitCode;
    @DatabaseField(columnName = "status", canBeNull = false)
    private RunStatus status;
    @DatabaseField(columnName = "attempt")
    private int attempt = 1;
    @DatabaseField(columnName = "first_run_id")
    private Long firstRunId;
    @DatabaseField(columnName = "peak_cpu")
    private Double peakCpu;
    @DatabaseField(columnName = "peak_rss")
    private Long peakRss;
    @DatabaseField(columnName = "log_path")
    private String logPath;
    @DatabaseField(columnName = "error")
    private String error;
    /** The failure's error group ({@code error_groups.fingerprint}); set after the run ended, never by the engine's row writes. */
    @DatabaseField(columnName = "error_fingerprint")
    private String errorFingerprint;
    /** CPU time of the run's process tree, in milliseconds. */
    @DatabaseField(columnName = "cpu_millis")
    private Long cpuMillis;
    /** CPU/RSS series of the tree, compact text from {@code ResourceSeries}. */
    @DatabaseField(columnName = "samples")
    private String samples;
    /** On a MISSED run standing for a whole gap: how many fires it counts (null: this one fire). */
    @DatabaseField(columnName = "missed_fires")
    private Integer missedFires;
    /** On a MISSED run standing for a whole gap: the gap's last fire ({@code scheduledFor} is its first). */
    @DatabaseField(columnName = "missed_until", persisterClass = InstantPersister.class)
    private Instant missedUntil;
    /** On an attempt of a workflow step: its workflow run (its task id is then minus its step row's id). */
    @DatabaseField(columnName = "workflow_run_id")
    private Long workflowRunId;
    /** On an attempt of a workflow step: the step's name. */
    @DatabaseField(columnName = "step_name")
    private String stepName;
    /** The JSON body of the webhook request that started the run, as a file (KUMO_PAYLOAD); null for other runs. */
    @DatabaseField(columnName = "payload_path")
    private String payloadPath;
    /** The node that recorded and runs this run (cluster mode: the node's name; one machine: its host name). */
    @DatabaseField(columnName = "node")
    private String node;
    /** When a stop was asked for on another node than the one running the run; null otherwise. */
    @DatabaseField(columnName = "stop_requested_at", persisterClass = InstantPersister.class)
    private Instant stopRequestedAt;
    /** The commit the run's Git project was on when the run started (null: not a Git project). */
    @DatabaseField(columnName = "git_commit")
    private String gitCommit;
    /** The files the run wrote under OUTPUT_DIR, as a JSON array of {path, size, modified} (null: not recorded). */
    @DatabaseField(columnName = "output_files")
    private String outputFiles;

    public Run() {
        // for ORMLite
    }

    public Run(Task task, TriggerKind triggerKind, Instant scheduledFor, RunStatus status) {
        this(task.getId(), task.getName(), triggerKind, scheduledFor, status);
    }

    public Run(long taskId, String taskName, TriggerKind triggerKind, Instant scheduledFor, RunStatus status) {
        this.taskId = taskId;
        this.taskName = taskName;
        this.triggerKind = triggerKind;
        this.scheduledFor = scheduledFor;
        this.status = status;
    }

    /** A snapshot of every field. */
    public Run copy() {
        Run copy = new Run(taskId, taskName, triggerKind, scheduledFor, status);
        copy.id = id;
        copy.queuedAt = queuedAt;
        copy.claimedAt = claimedAt;
        copy.startedAt = startedAt;
        copy.endedAt = endedAt;
        copy.pid = pid;
        copy.exitCode = exitCode;
        copy.attempt = attempt;
        copy.firstRunId = firstRunId;
        copy.peakCpu = peakCpu;
        copy.peakRss = peakRss;
        copy.logPath = logPath;
        copy.error = error;
        copy.errorFingerprint = errorFingerprint;
        copy.cpuMillis = cpuMillis;
        copy.samples = samples;
        copy.missedFires = missedFires;
        copy.missedUntil = missedUntil;
        copy.workflowRunId = workflowRunId;
        copy.stepName = stepName;
        copy.payloadPath = payloadPath;
        copy.node = node;
        copy.stopRequestedAt = stopRequestedAt;
        copy.gitCommit = gitCommit;
        copy.outputFiles = outputFiles;
        return copy;
    }

    public String getGitCommit() { return gitCommit; }
    public void setGitCommit(String gitCommit) { this.gitCommit = gitCommit; }
    public String getOutputFiles() { return outputFiles; }
    public void setOutputFiles(String outputFiles) { this.outputFiles = outputFiles; }
    public String getPayloadPath() { return payloadPath; }
    public void setPayloadPath(String payloadPath) { this.payloadPath = payloadPath; }
    public String getNode() { return node; }
    public void setNode(String node) { this.node = node; }
    public Instant getStopRequestedAt() { return stopRequestedAt; }
    public void setStopRequestedAt(Instant stopRequestedAt) { this.stopRequestedAt = stopRequestedAt; }
    public Integer getMissedFires() { return missedFires; }
    public Instant getMissedUntil() { return missedUntil; }

    /** Makes this MISSED run stand for {@code count} fires from its scheduled instant to {@code until}. */
    public void setMissedGap(int count, Instant until) {
        this.missedFires = count;
        this.missedUntil = until;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getTaskId() { return taskId; }
    public String getTaskName() { return taskName; }
    public TriggerKind getTriggerKind() { return triggerKind; }
    public Instant getScheduledFor() { return scheduledFor; }
    public Instant getQueuedAt() { return queuedAt; }
    public void setQueuedAt(Instant queuedAt) { this.queuedAt = queuedAt; }
    public Instant getClaimedAt() { return claimedAt; }
    public void setClaimedAt(Instant claimedAt) { this.claimedAt = claimedAt; }
    public Instant getStartedAt() { return startedAt; }
    public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public void setEndedAt(Instant endedAt) { this.endedAt = endedAt; }
    public Long getPid() { return pid; }
    public void setPid(Long pid) { this.pid = pid; }
    public Integer getExitCode() { return exitCode; }
    public void setExitCode(Integer exitCode) { this.exitCode = exitCode; }
    public RunStatus getStatus() { return status; }
    public void setStatus(RunStatus status) { this.status = status; }
    public int getAttempt() { return attempt; }
    public void setAttempt(int attempt) { this.attempt = attempt; }
    public Long getFirstRunId() { return firstRunId; }
    public void setFirstRunId(Long firstRunId) { this.firstRunId = firstRunId; }
    public Double getPeakCpu() { return peakCpu; }
    public void setPeakCpu(Double peakCpu) { this.peakCpu = peakCpu; }
    public Long getPeakRss() { return peakRss; }
    public void setPeakRss(Long peakRss) { this.peakRss = peakRss; }
    public String getLogPath() { return logPath; }
    public void setLogPath(String logPath) { this.logPath = logPath; }
    public String getSamples() { return samples; }
    public void setSamples(String samples) { this.samples = samples; }
    public void setTriggerKind(TriggerKind triggerKind) { this.triggerKind = triggerKind; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
    public String getErrorFingerprint() { return errorFingerprint; }
    public void setErrorFingerprint(String errorFingerprint) { this.errorFingerprint = errorFingerprint; }
    public Long getCpuMillis() { return cpuMillis; }
    public void setCpuMillis(Long cpuMillis) { this.cpuMillis = cpuMillis; }
    public Long getWorkflowRunId() { return workflowRunId; }
    public String getStepName() { return stepName; }

    /** Marks this run as an attempt of {@code stepName} of workflow run {@code workflowRunId}. */
    public void setWorkflowStep(long workflowRunId, String stepName) {
        this.workflowRunId = workflowRunId;
        this.stepName = stepName;
    }

    /** An attempt of a workflow step rather than a run of a task. */
    public boolean isWorkflowStep() { return workflowRunId != null; }
}
