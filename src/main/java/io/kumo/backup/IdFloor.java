package io.kumo.backup;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.store.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * After a restore the database's id sequences are those of the backup, while the data directory still holds what
 * came after it: run logs at {@code logs/runs/<task id>/<run id>.log}, and runs naming tasks deleted since. Moves the
 * task and run sequences past every id in the database and on disk, so no new task or run takes an id (and a log
 * file) that belonged to another.
 */
final class IdFloor {

    private IdFloor() {
    }

    static void raise(Database database, Path runLogs) {
        long[] onDisk = largestIdsOnDisk(runLogs);
        long task = Math.max(onDisk[0], Math.max(largest(database, "SELECT MAX(id) FROM tasks"),
                largest(database, "SELECT MAX(task_id) FROM runs")));
        long run = Math.max(onDisk[1], largest(database, "SELECT MAX(id) FROM runs"));
        restart(database, "tasks", task + 1);
        restart(database, "runs", run + 1);
    }

    private static long largest(Database database, String query) {
        return StoreException.unchecked(() -> {
            String[] row = database.runs().queryRaw(query).getFirstResult();
            return row == null || row[0] == null ? 0L : Long.parseLong(row[0]);
        });
    }

    private static void restart(Database database, String table, long next) {
        StoreException.unchecked(() -> database.dialect() == SqlDialect.POSTGRESQL
                ? database.runs().queryRaw("SELECT setval('" + table + "_id_seq', " + next + ", false)").getResults().size()
                : database.runs().executeRawNoArgs("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next));
    }

    /** {task id, run id}: the largest folder and file names under {@code runLogs}. */
    private static long[] largestIdsOnDisk(Path runLogs) {
        long[] largest = {0, 0};
        if (!Files.isDirectory(runLogs)) {
            return largest;
        }
        try (Stream<Path> tasks = Files.list(runLogs)) {
            for (Path taskFolder : tasks.filter(Files::isDirectory).toList()) {
                largest[0] = Math.max(largest[0], number(taskFolder.getFileName().toString()));
                try (Stream<Path> logs = Files.list(taskFolder)) {
                    for (Path log : logs.toList()) {
                        String name = log.getFileName().toString();
                        int dot = name.indexOf('.');
                        largest[1] = Math.max(largest[1], number(dot < 0 ? name : name.substring(0, dot)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the run logs in " + runLogs + ": " + e.getMessage(), e);
        }
        return largest;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
