package io.kumo.desktop;

/** A desktop notification about a run. */
public record Notice(Level level, String title, String body, long taskId, long runId) {

    public enum Level { ERROR, WARNING, INFO }
}
