package io.kumo.runs;

import io.kumo.domain.Run;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.logs.RunLogSource;
import java.util.List;
import java.util.Optional;

/**
 * Run history for readers outside the engine (the window's panes, notifications, later the REST API): one run, a page
 * of runs newest first, a count. Reads only; the engine alone writes run records. Call off the FX thread.
 */
public final class RunHistory {

    private final RunStore store;
    private final RunLogSource logs;

    public RunHistory(RunStore store) {
        this(store, RunLogSource.local());
    }

    /** @param logs where a run's log is read (in a cluster, another node's log comes from the database) */
    public RunHistory(RunStore store, RunLogSource logs) {
        this.store = store;
        this.logs = logs;
    }

    /** The file to read for run {@code id}'s log now (another node's log brought up to date); empty: no such run. */
    public Optional<RunLogSource.LogFile> log(long id) {
        return store.find(id).map(logs::open);
    }

    public RunLogSource logs() {
        return logs;
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
