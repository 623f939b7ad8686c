package io.kumo.ui.runs;

import com.j256.ormlite.dao.Dao;
import com.j256.ormlite.stmt.QueryBuilder;
import com.j256.ormlite.stmt.Where;
import io.kumo.domain.Run;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.store.Database;
import io.kumo.store.StoreException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * Pages of run history for a {@link RunFilter}, newest first, never the whole table. One task or all go through the
 * engine's {@link RunStore} (indexed); the tasks of a project, which {@link RunQuery} cannot express, through the same
 * query with {@code task_id IN (...)}. Call off the FX thread.
 */
public final class RunPages {

    private final RunStore store;
    private final Dao<Run, Long> runs;
    private final ZoneId zone;

    public RunPages(Database database, ZoneId zone) {
        this.store = new RunStore(database);
        this.runs = database.runs();
        this.zone = zone;
    }

    public List<Run> page(RunFilter filter, long offset, long limit) {
        Long single = singleTask(filter);
        if (single == null && filter.projectTaskIds() != null && filter.taskId() == null && filter.projectTaskIds().size() > 1) {
            return StoreException.unchecked(() -> {
                QueryBuilder<Run, Long> builder = runs.queryBuilder().orderBy("scheduled_for", false).orderBy("id", false)
                        .offset(offset).limit(limit);
                applyTasks(builder.where(), filter);
                return builder.query();
            });
        }
        return matchesNothing(filter) ? List.of() : store.page(filter.query(single, zone), offset, limit);
    }

    public long count(RunFilter filter) {
        Long single = singleTask(filter);
        if (single == null && filter.projectTaskIds() != null && filter.taskId() == null && filter.projectTaskIds().size() > 1) {
            return StoreException.unchecked(() -> {
                QueryBuilder<Run, Long> builder = runs.queryBuilder().setCountOf(true);
                applyTasks(builder.where(), filter);
                return runs.countOf(builder.prepare());
            });
        }
        return matchesNothing(filter) ? 0 : store.count(filter.query(single, zone));
    }

    public RunStore store() {
        return store;
    }

    private static Long singleTask(RunFilter filter) {
        if (filter.taskId() != null) {
            return filter.taskId();
        }
        return filter.projectTaskIds() != null && filter.projectTaskIds().size() == 1
                ? filter.projectTaskIds().iterator().next() : null;
    }

    private static boolean matchesNothing(RunFilter filter) {
        return filter.projectTaskIds() != null && (filter.projectTaskIds().isEmpty()
                || filter.taskId() != null && !filter.projectTaskIds().contains(filter.taskId()));
    }

    private void applyTasks(Where<Run, Long> where, RunFilter filter) throws SQLException {
        RunQuery query = filter.query(null, zone);
        where.in("task_id", filter.projectTaskIds());
        int clauses = 1;
        if (!query.statuses().isEmpty()) {
            where.in("status", query.statuses());
            clauses++;
        }
        if (query.from() != null) {
            where.ge("scheduled_for", query.from());
            clauses++;
        }
        if (query.to() != null) {
            where.lt("scheduled_for", query.to());
            clauses++;
        }
        if (clauses > 1) {
            where.and(clauses);
        }
    }
}
