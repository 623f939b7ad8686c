package io.kumo.store;

/** The SQL a database speaks, where Kumo's statements differ between the two. */
public enum SqlDialect {
    H2,
    POSTGRESQL
}
