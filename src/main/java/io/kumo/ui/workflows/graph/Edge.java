package io.kumo.ui.workflows.graph;

/** A dependency drawn as an arrow: {@code to} depends on {@code from}. */
public record Edge(String from, String to) {
}
