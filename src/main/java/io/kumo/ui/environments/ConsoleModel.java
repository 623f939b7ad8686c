package io.kumo.ui.environments;

import io.kumo.python.ToolOutput;
import io.kumo.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The live output of environment and package operations. Tools write a line at a time from their reader threads;
 * lines wait in a queue and reach the FX thread in batches, at most one batch every {@value #BATCH_MILLIS} ms,
 * and the console keeps the last {@value #MAX_LINES} lines.
 */
public final class ConsoleModel {

    static final int MAX_LINES = 5_000;
    static final int BATCH_MILLIS = 100;

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final ToolOutput sink = this::offer;

    /** Where tools write; safe to call from any thread. */
    public ToolOutput sink() {
        return sink;
    }

    private void offer(String line) {
        pending.add(line);
        if (drainScheduled.compareAndSet(false, true)) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(BATCH_MILLIS));
                delay.setOnFinished(event -> flush());
                delay.play();
            });
        }
    }

    /** Moves the waiting lines to the console now (FX thread): before an operation's result is shown. */
    public void flush() {
        drainScheduled.set(false);
        List<String> batch = new ArrayList<>();
        for (String line = pending.poll(); line != null; line = pending.poll()) {
            batch.add(line);
        }
        if (batch.size() > MAX_LINES) {
            batch = batch.subList(batch.size() - MAX_LINES, batch.size());
        }
        append(batch);
    }

    /** A line of Kumo's own (FX thread), after whatever the tool wrote before it. */
    public void note(String line) {
        flush();
        append(List.of(line));
    }

    public void clear() {
        pending.clear();
        lines.clear();
    }

    private void append(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int overflow = lines.size() + batch.size() - MAX_LINES;
        if (overflow > 0) {
            lines.remove(0, Math.min(overflow, lines.size()));
        }
        lines.addAll(batch);
    }

    public ObservableList<String> lines() {
        return readOnlyLines;
    }
}
