package io.kumo.ui.projects;

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
 * A tool's live output for a console: lines arrive on reader threads and reach the FX thread in batches, at most
 * every 150 ms; the last {@value #MAX_LINES} lines are kept.
 */
final class OutputLines {

    static final int MAX_LINES = 3_000;

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** Where the tool writes; any thread. */
    ToolOutput sink() {
        return line -> {
            pending.add(line);
            if (scheduled.compareAndSet(false, true)) {
                UiThread.run(() -> {
                    PauseTransition delay = new PauseTransition(Duration.millis(150));
                    delay.setOnFinished(event -> flush());
                    delay.play();
                });
            }
        };
    }

    /** A line of Kumo's own, after what the tool wrote so far (FX thread). */
    void note(String line) {
        flush();
        append(List.of(line));
    }

    void flush() {
        scheduled.set(false);
        List<String> batch = new ArrayList<>();
        for (String line = pending.poll(); line != null; line = pending.poll()) {
            batch.add(line);
        }
        append(batch);
    }

    private void append(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        lines.addAll(batch.size() > MAX_LINES ? batch.subList(batch.size() - MAX_LINES, batch.size()) : batch);
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    ObservableList<String> lines() {
        return lines;
    }
}
