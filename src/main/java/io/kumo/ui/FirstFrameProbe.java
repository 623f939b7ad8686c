package io.kumo.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * For the startup benchmark and the AOT training run: {@code -Dkumo.reportFirstFrame=true} prints the time from the
 * process start to the window's first frame; {@code -Dkumo.exitAfterFirstFrame=true} quits right after it.
 */
final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    static void install(Runnable quit) {
        boolean report = Boolean.getBoolean("kumo.reportFirstFrame");
        boolean exit = Boolean.getBoolean("kumo.exitAfterFirstFrame");
        if (!report && !exit) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                if (report) {
                    System.out.println("kumo-first-frame-ms=" + sinceProcessStart().toMillis());
                    System.out.flush();
                }
            }
        }.start();
        if (exit) {
            AfterFirstFrame.run(quit);
        }
    }

    static Duration sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now());
    }
}
