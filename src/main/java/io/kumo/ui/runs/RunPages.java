package io.kumo.ui.runs;

import io.kumo.domain.Run;
import io.kumo.engine.RunStore;
import io.kumo.store.Database;
import java.time.ZoneId;
import java.util.List;

/** Pages of run history for a {@link RunFilter}, newest first, never the whole table. Call off the FX thread. */
public final class RunPages {

    private final RunStore store;
    private final ZoneId zone;

    public RunPages(Database database, ZoneId zone) {
        this.store = new RunStore(database);
        this.zone = zone;
    }

    public List<Run> page(RunFilter filter, long offset, long limit) {
        return store.page(filter.query(zone), offset, limit);
    }

    public long count(RunFilter filter) {
        return store.count(filter.query(zone));
    }

    public RunStore store() {
        return store;
    }
}
