package io.kumo.ui.runs;

import io.kumo.domain.Run;
import io.kumo.runs.RunHistory;
import java.time.ZoneId;
import java.util.List;

/** Pages of run history for a {@link RunFilter}, newest first, never the whole table. Call off the FX thread. */
public final class RunPages {

    private final RunHistory history;
    private final ZoneId zone;

    public RunPages(RunHistory history, ZoneId zone) {
        this.history = history;
        this.zone = zone;
    }

    public List<Run> page(RunFilter filter, long offset, long limit) {
        return history.page(filter.query(zone), offset, limit);
    }

    public long count(RunFilter filter) {
        return history.count(filter.query(zone));
    }
}
