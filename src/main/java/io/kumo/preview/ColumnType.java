package io.kumo.preview;

/** What a column's values look like, from a sample of its rows: the narrowest type all non-empty values fit. */
public enum ColumnType {
    INTEGER("integer"), DECIMAL("decimal"), BOOLEAN("boolean"), DATE("date"), DATETIME("datetime"), TEXT("text");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
