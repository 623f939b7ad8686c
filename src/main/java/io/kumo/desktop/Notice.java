package io.kumo.desktop;

/** A desktop notification about a run: a task's ({@code taskId}, {@code runId}) or a workflow's (0, its workflow run id). */
public record Notice(Level level, String title, String body, long taskId, long runId) {

    public enum Level { ERROR, WARNING, INFO }
}
