package io.kumo.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Coalesces a high-rate stream for the FX thread: {@link #offer} (any thread) keeps the latest value per key, and the
 * waiting ones reach {@code onBatch} on the FX thread at most once every {@code millis} ms while it is open.
 */
public final class LatestBatcher<K, V> {

    private final int millis;
    private final Consumer<Map<K, V>> onBatch;
    private final Map<K, V> pending = new LinkedHashMap<>();
    private boolean scheduled;
    private volatile boolean open;

    public LatestBatcher(int millis, Consumer<Map<K, V>> onBatch) {
        this.millis = millis;
        this.onBatch = onBatch;
    }

    public void open() {
        open = true;
    }

    /** Drops what waits; later offers wait until {@link #open} again. */
    public void close() {
        open = false;
        synchronized (pending) {
            pending.clear();
        }
    }

    public void offer(K key, V value) {
        boolean schedule;
        synchronized (pending) {
            pending.put(key, value);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(millis));
                delay.setOnFinished(event -> deliver());
                delay.play();
            });
        }
    }

    private void deliver() {
        Map<K, V> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            scheduled = false;
        }
        if (open && !batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
