package io.kumo.ui.runs;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * "Now" for the durations of running runs: one timer for a whole pane (not one per row), ticking once a second while
 * something runs and stopped when nothing does. Reads the injected clock, so a test moves time without waiting.
 */
public final class LiveClock {

    static final int TICK_MILLIS = 1_000;

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Timeline timer = new Timeline(new KeyFrame(Duration.millis(TICK_MILLIS), event -> tick()));

    public LiveClock(Clock clock) {
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Ticks while {@code anyRunning}; either way "now" is read again, so an ended run shows its final duration. */
    public void follow(boolean anyRunning) {
        tick();
        if (anyRunning && timer.getStatus() != Animation.Status.RUNNING) {
            timer.play();
        } else if (!anyRunning) {
            timer.stop();
        }
    }

    public void stop() {
        timer.stop();
    }

    public boolean ticking() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    private void tick() {
        now.set(clock.instant());
    }

    public Instant now() { return now.get(); }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now.getReadOnlyProperty(); }
}
