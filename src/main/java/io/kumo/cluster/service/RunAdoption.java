package io.kumo.cluster.service;

import com.j256.ormlite.dao.Dao;
import io.kumo.domain.Run;
import io.kumo.store.Database;
import io.kumo.store.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Queued runs no node holds (a manual run asked for on a node that runs no tasks, a dead node's queued runs and
 * retries) are taken by the first eligible node that locks them: {@code FOR UPDATE SKIP LOCKED} lets every node look
 * at once without waiting on, or taking, another's pick.
 */
final class RunAdoption {

    static final int BATCH = 50;

    private final Database database;
    private final String self;

    RunAdoption(Database database, String self) {
        this.database = database;
        this.self = self;
    }

    /** Stamps this node on the unheld queued runs {@code mayRun} accepts, oldest first; returns them, committed. */
    List<Run> adopt(Predicate<Run> mayRun) {
        Dao<Run, Long> runs = database.runs();
        // the embedded H2 serves one process: its members (tests) take turns on the lock instead
        String skipLocked = database.dialect() == SqlDialect.POSTGRESQL ? " SKIP LOCKED" : "";
        return database.inTransaction(() -> {
            List<Long> unheld = database.withConnection(connection -> {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM runs WHERE node IS NULL "
                        + "AND status = 'QUEUED' ORDER BY scheduled_for LIMIT " + BATCH + " FOR UPDATE" + skipLocked);
                     ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            });
            if (unheld.isEmpty()) {
                return List.<Run>of();
            }
            List<Run> adopted = new ArrayList<>();
            for (Run run : runs.queryBuilder().orderBy("scheduled_for", true).where().in("id", unheld).query()) {
                if (mayRun.test(run)) {
                    adopted.add(run);
                }
            }
            database.withConnection(connection -> {
                try (PreparedStatement claim = connection.prepareStatement("UPDATE runs SET node = ? WHERE id = ? AND node IS NULL")) {
                    for (Run run : adopted) {
                        claim.setString(1, self);
                        claim.setLong(2, run.getId());
                        claim.addBatch();
                    }
                    return claim.executeBatch();
                }
            });
            adopted.forEach(run -> run.setNode(self));
            return adopted;
        });
    }
}
