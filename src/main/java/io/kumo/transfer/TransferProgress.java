package io.kumo.transfer;

/** Told of each row an export writes or an import reads, table by table. */
@FunctionalInterface
public interface TransferProgress {

    TransferProgress NONE = (table, done, total) -> { };

    /** {@code done} of the {@code total} rows of {@code table} are through. */
    void rows(KumoTables.Table table, long done, long total);
}
