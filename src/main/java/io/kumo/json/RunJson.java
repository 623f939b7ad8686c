package io.kumo.json;

import io.kumo.domain.Run;
import io.kumo.outputs.RunOutputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run as {@code kumo runs --json} prints it and the API answers it. */
public final class RunJson {

    private RunJson() {
    }

    public static Map<String, Object> of(Run run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.getId());
        json.put("task", run.getTaskName());
        json.put("trigger", run.getTriggerKind().name());
        json.put("scheduled_for", Json.instant(run.getScheduledFor()));
        json.put("queued_at", Json.instant(run.getQueuedAt()));
        json.put("started_at", Json.instant(run.getStartedAt()));
        json.put("ended_at", Json.instant(run.getEndedAt()));
        json.put("pid", run.getPid());
        json.put("exit_code", run.getExitCode());
        json.put("status", run.getStatus().name());
        json.put("node", run.getNode()); // the node that runs or ran it; null while a queued run waits for any node
        json.put("attempt", run.getAttempt());
        // a retry's first attempt (null on a first attempt): how a script follows a run through its retries
        json.put("first_run_id", run.getFirstRunId());
        json.put("peak_cpu", run.getPeakCpu());
        json.put("peak_rss", run.getPeakRss());
        json.put("log_path", run.getLogPath());
        json.put("error", run.getError());
        json.put("output_files", outputFiles(run)); // null: not recorded (the run has not ended, or ended before issue 19)
        json.put("git_commit", run.getGitCommit()); // the commit its Git project was on when it started
        if (run.getMissedFires() != null) { // one MISSED entry standing for a gap of fires
            json.put("missed_fires", run.getMissedFires());
            json.put("missed_until", Json.instant(run.getMissedUntil()));
        }
        return json;
    }

    /** What the run wrote under OUTPUT_DIR: {path (relative), size, modified}; on the node that ran it. */
    public static List<Map<String, Object>> outputFiles(Run run) {
        if (run.getOutputFiles() == null) {
            return null;
        }
        return RunOutputs.decode(run.getOutputFiles()).files().stream().map(file -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.path());
            entry.put("size", file.size());
            entry.put("modified", Json.instant(file.modified()));
            return entry;
        }).toList();
    }
}
