package io.kumo.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the startup benchmark: a bare JavaFX "hello" window, started the way Kumo starts its window. */
public final class HelloFx {

    private HelloFx() {
    }

    public static void main(String[] args) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 720));
            stage.setTitle("Hello");
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("kumo-first-frame-ms=" + Duration.between(started, Instant.now()).toMillis());
                    System.out.flush();
                    if (Boolean.getBoolean("kumo.exitAfterFirstFrame")) {
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        Platform.exit();
    }
}
