package io.kumo.store;

/** The SQL a database speaks, where Kumo's statements differ between the two. */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    /**
     * {@code " USE INDEX (index)"} on H2, whose planner needs telling which index answers a query (see the callers);
     * nothing on PostgreSQL, which has no index hints and plans from its statistics.
     */
    public String useIndex(String index) {
        return this == H2 ? " USE INDEX (" + index + ")" : "";
    }
}
