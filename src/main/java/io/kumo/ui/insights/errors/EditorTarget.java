package io.kumo.ui.insights.errors;

/** A file of a project to open at a line ("Open in editor"). */
public record EditorTarget(long projectId, String relativePath, int line) {
}
