package io.kumo.ui.logs;

import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.logs.LogSearch;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.UiThread;
import io.kumo.ui.runs.RunFilter;
import io.kumo.ui.runs.RunFormat;
import io.kumo.ui.runs.RunPages;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search across the logs of the runs the history's filters select, newest first: runs are read a page at a time and
 * searched in the background, hits reach the list after each page, and the search can be cancelled.
 */
public final class LogSearchViewModel {

    static final int MAX_HITS = 1_000;
    static final int RUNS_PER_STEP = 200;

    private final RunPages pages;
    private final Supplier<RunFilter> scope;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final LogSearch search;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty();
    private final ObservableList<LogSearch.Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancelled = new AtomicBoolean();

    public LogSearchViewModel(RunPages pages, Supplier<RunFilter> scope, BackgroundExecutor background,
                              Consumer<Throwable> onError) {
        this(pages, scope, new LogSearch(), background, onError);
    }

    /** @param search reads each run's log where {@code RunLogSource} says (another node's log too) */
    public LogSearchViewModel(RunPages pages, Supplier<RunFilter> scope, LogSearch search, BackgroundExecutor background,
                              Consumer<Throwable> onError) {
        this.search = search;
        this.pages = pages;
        this.scope = scope;
        this.background = background;
        this.onError = onError;
    }

    /** Starts a search, or cancels the one under way. */
    public void searchOrCancel() {
        if (running.get()) {
            cancel();
        } else {
            search();
        }
    }

    public void search() {
        cancel();
        Predicate<String> matcher;
        try {
            matcher = LogSearch.matcher(query.get(), regex.get(), caseSensitive.get());
        } catch (ValidationException e) {
            invalid.set(true);
            status.set(e.getMessage().replaceFirst("^search: ", ""));
            return;
        }
        invalid.set(false);
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        RunFilter filter = scope.get();
        hits.clear();
        running.set(true);
        status.set("Searching…");
        background.run(() -> searchAll(filter, matcher, mine), searched -> {
            if (cancelled == mine) {
                running.set(false);
                status.set(summary(searched, mine.get()));
            }
        }, error -> {
            if (cancelled == mine) {
                running.set(false);
                status.set("");
                onError.accept(error);
            }
        });
    }

    /** Background: pages of runs, newest first, until enough hits, the end, or a cancel. */
    private long searchAll(RunFilter filter, Predicate<String> matcher, AtomicBoolean cancel) {
        long searched = 0;
        int found = 0;
        for (long offset = 0; found < MAX_HITS && !cancel.get(); offset += RUNS_PER_STEP) {
            List<Run> runs = pages.page(filter, offset, RUNS_PER_STEP);
            if (runs.isEmpty()) {
                break;
            }
            List<LogSearch.Hit> batch = search.search(runs, matcher, MAX_HITS - found, cancel::get);
            found += batch.size();
            searched += runs.size();
            long runsSoFar = searched;
            int hitsSoFar = found;
            UiThread.run(() -> {
                if (cancelled == cancel) {
                    hits.addAll(batch);
                    status.set("Searching… " + RunFormat.number(runsSoFar) + " runs, " + RunFormat.number(hitsSoFar) + " matches");
                }
            });
        }
        return searched;
    }

    private String summary(long searched, boolean wasCancelled) {
        String text = RunFormat.number(hits.size()) + (hits.size() == 1 ? " match" : " matches") + " in "
                + RunFormat.number(searched) + (searched == 1 ? " run" : " runs");
        if (wasCancelled) {
            return text + " (cancelled)";
        }
        return hits.size() >= MAX_HITS ? text + " (stopped at " + RunFormat.number(MAX_HITS) + " matches: narrow the search)" : text;
    }

    public void cancel() {
        cancelled.set(true);
        if (running.get()) {
            running.set(false);
            status.set(summary(0, true).replace(" in 0 runs", ""));
        }
    }

    public StringProperty queryProperty() { return query; }
    public BooleanProperty regexProperty() { return regex; }
    public BooleanProperty caseSensitiveProperty() { return caseSensitive; }
    public ObservableList<LogSearch.Hit> hits() { return hits; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty invalidProperty() { return invalid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
