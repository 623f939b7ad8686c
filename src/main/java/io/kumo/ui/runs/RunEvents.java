package io.kumo.ui.runs;

import io.kumo.engine.Engine;
import io.kumo.engine.EngineListener;
import io.kumo.ui.common.LatestBatcher;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine's run changes, batched for the FX thread: each event is snapshotted on the engine thread, the latest
 * snapshot per run waits, and the waiting ones reach {@code onBatch} at most once every {@value #BATCH_MILLIS} ms,
 * however many runs a busy schedule changes. Subscribed while a view is shown, released when it is hidden.
 */
public final class RunEvents {

    static final int BATCH_MILLIS = 500;

    private final Optional<Engine> engine;
    private final LatestBatcher<Long, RunRow> batcher;
    private final EngineListener listener = run -> offer(RunRow.of(run));
    private boolean active;

    public RunEvents(Optional<Engine> engine, Consumer<Map<Long, RunRow>> onBatch) {
        this.engine = engine;
        this.batcher = new LatestBatcher<>(BATCH_MILLIS, onBatch);
    }

    public void start() {
        if (!active) {
            active = true;
            batcher.open();
            engine.ifPresent(e -> e.addListener(listener));
        }
    }

    public void stop() {
        if (active) {
            active = false;
            engine.ifPresent(e -> e.removeListener(listener));
            batcher.close();
        }
    }

    private void offer(RunRow row) {
        batcher.offer(row.id(), row);
    }
}
