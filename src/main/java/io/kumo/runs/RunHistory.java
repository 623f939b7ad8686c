package io.kumo.runs;

import io.kumo.domain.Run;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import java.util.List;
import java.util.Optional;

/**
 * Run history for readers outside the engine (the window's panes, notifications, later the REST API): one run, a page
 * of runs newest first, a count. Reads only; the engine alone writes run records. Call off the FX thread.
 */
public final class RunHistory {

    private final RunStore store;

    public RunHistory(RunStore store) {
        this.store = store;
    }

    public Optional<Run> find(long id) {
        return store.find(id);
    }

    /** One page of the runs the query selects, newest first. */
    public List<Run> page(RunQuery query, long offset, long limit) {
        return store.page(query, offset, limit);
    }

    public long count(RunQuery query) {
        return store.count(query);
    }
}
