package io.kumo.preview;

/** A column of a previewed table: its name and the type inferred from a sample. */
public record Column(String name, ColumnType type) {
}
