package io.kumo.ui.runs;

import io.kumo.engine.Engine;
import io.kumo.engine.EngineListener;
import io.kumo.ui.common.UiThread;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The engine's run changes, batched for the FX thread: each event is snapshotted on the engine thread, the latest
 * snapshot per run waits, and the waiting ones reach {@code onBatch} at most once every {@value #BATCH_MILLIS} ms,
 * however many runs a busy schedule changes. Subscribed while a view is shown, released when it is hidden.
 */
public final class RunEvents {

    static final int BATCH_MILLIS = 500;

    private final Optional<Engine> engine;
    private final Consumer<Map<Long, RunRow>> onBatch;
    private final Map<Long, RunRow> pending = new LinkedHashMap<>();
    private final EngineListener listener = run -> offer(RunRow.of(run));
    private boolean scheduled;
    private boolean active;

    public RunEvents(Optional<Engine> engine, Consumer<Map<Long, RunRow>> onBatch) {
        this.engine = engine;
        this.onBatch = onBatch;
    }

    public void start() {
        if (!active) {
            active = true;
            engine.ifPresent(e -> e.addListener(listener));
        }
    }

    public void stop() {
        if (active) {
            active = false;
            engine.ifPresent(e -> e.removeListener(listener));
            synchronized (pending) {
                pending.clear();
            }
        }
    }

    private void offer(RunRow row) {
        boolean schedule;
        synchronized (pending) {
            pending.put(row.id(), row);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(BATCH_MILLIS));
                delay.setOnFinished(event -> deliver());
                delay.play();
            });
        }
    }

    private void deliver() {
        Map<Long, RunRow> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            scheduled = false;
        }
        if (active && !batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
