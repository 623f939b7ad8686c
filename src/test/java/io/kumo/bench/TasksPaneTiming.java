package io.kumo.bench;

import atlantafx.base.theme.PrimerLight;
import io.kumo.app.KumoCore;
import io.kumo.ui.KumoApp;
import io.kumo.ui.Panes;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.tasks.TasksView;
import io.kumo.ui.tasks.TasksViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real Tasks pane (its view, view-model and the core's services, as {@code Panes} builds it) in a window on
 * JavaFX's headless platform with software rendering: time from "pane shown" until a laid-out pulse shows all rows,
 * and from a filter text set until a laid-out pulse shows the filtered rows. Each opening builds a fresh pane; the
 * first is cold (classes loaded, nothing compiled yet) and printed apart.
 */
final class TasksPaneTiming {

    private static final String[] FILTERS = {"task-12", "nightly", "project-3", "job_4", "every 5 min", ""};

    private final KumoCore core;
    private final int expectedRows;

    TasksPaneTiming(KumoCore core, int expectedRows) {
        this.core = core;
        this.expectedRows = expectedRows;
    }

    /** Starts JavaFX (headless without a DISPLAY); false when this JVM had started it already (a test run). */
    static boolean startToolkit() throws InterruptedException {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
            System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        }
        CountDownLatch started = new CountDownLatch(1);
        boolean ours = true;
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) { // inside a test JVM that started it already
            started.countDown();
            ours = false;
        }
        Platform.setImplicitExit(false);
        started.await(30, TimeUnit.SECONDS);
        return ours;
    }

    /** Milliseconds of each opening, then of each filter change (on the last opened pane). */
    record Figures(List<Double> open, List<Double> filter) {
    }

    Figures measure(int openings) throws Exception {
        List<Double> open = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        for (int i = 0; i < openings; i++) {
            Pane pane = onFx(this::build);
            open.add(untilPulse(pane, () -> pane.view().onShow(), () -> pane.model().filteredRows().size() == expectedRows
                    && pane.model().loadedProperty().get()));
            if (i == openings - 1) {
                for (String text : FILTERS) {
                    filter.add(untilPulse(pane, () -> pane.model().filterTextProperty().set(text), () -> true));
                }
            }
            onFx(() -> {
                pane.view().onHide();
                pane.stage().close();
                pane.background().close();
                return null;
            });
        }
        return new Figures(open, filter);
    }

    private record Pane(Stage stage, Scene scene, TasksView view, TasksViewModel model, VirtualThreadBackground background) {
    }

    private Pane build() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        VirtualThreadBackground background = new VirtualThreadBackground();
        TasksViewModel model = new TasksViewModel(Panes.taskServices(core), background, new DialogService(null), task -> { });
        TasksView view = new TasksView(model);
        Scene scene = new Scene((javafx.scene.Parent) view.getRoot(), 1280, 800);
        scene.getStylesheets().add(KumoApp.class.getResource("kumo.css").toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return new Pane(stage, scene, view, model, background);
    }

    /** Runs {@code action} on the FX thread and times it until the first laid-out pulse at which {@code done} holds. */
    private static double untilPulse(Pane pane, Runnable action, BooleanSupplier done) throws Exception {
        CompletableFuture<Double> millis = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    millis.complete((System.nanoTime() - start) / 1e6);
                    pane.scene().removePostLayoutPulseListener(listener[0]);
                }
            };
            pane.scene().addPostLayoutPulseListener(listener[0]);
            action.run();
            Platform.requestNextPulse();
            return null;
        });
        return millis.get(120, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
