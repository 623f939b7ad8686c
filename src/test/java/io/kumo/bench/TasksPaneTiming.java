package io.kumo.bench;

import atlantafx.base.theme.PrimerLight;
import com.sun.management.OperatingSystemMXBean;
import io.kumo.app.KumoCore;
import io.kumo.ui.KumoApp;
import io.kumo.ui.Panes;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.tasks.TaskRow;
import io.kumo.ui.tasks.TasksView;
import io.kumo.ui.tasks.TasksViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The real Tasks pane (its view, view-model and the core's services, as {@code Panes} builds it) in a 1280×800 window on
 * JavaFX's headless platform with software rendering, timed as a user sees it:
 * <ul>
 *   <li><b>first visit</b>: from the navigation (the pane built, put into the window and shown, as {@code MainView}
 *       does on the first Ctrl+2) until a laid-out pulse in which the table holds every task and its top row shows
 *       one. Each first visit builds a fresh pane; the first of this JVM is cold (classes loaded, nothing compiled
 *       yet) and printed apart;</li>
 *   <li><b>revisit</b>: the pane hidden (another pane shown) and shown again until such a pulse, and until the
 *       listing read on showing it is on screen;</li>
 *   <li><b>filter</b>: from a filter text set until a laid-out pulse shows the filtered rows.</li>
 * </ul>
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

    /**
     * Milliseconds of each first visit (the first cold), of each revisit until rows show and until the new listing
     * shows, then of each filter change (on the last pane); with the CPU time the first visits and filters took, of
     * the FX thread and of the whole process (on a loaded machine the wall time is mostly waiting for a core).
     */
    record Figures(List<Double> open, List<Double> revisit, List<Double> revisitListed, List<Double> filter,
                   List<Cpu> openCpu, List<Cpu> filterCpu) {
    }

    /** CPU milliseconds of the FX thread and of the whole process (background reads, JIT and GC included). */
    record Cpu(double fx, double process) {
        @Override
        public String toString() {
            return String.format("%.0f/%.0f", fx, process);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    Figures measure(int openings) throws Exception {
        List<Double> open = new ArrayList<>();
        List<Double> revisit = new ArrayList<>();
        List<Double> revisitListed = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        List<Cpu> openCpu = new ArrayList<>();
        List<Cpu> filterCpu = new ArrayList<>();
        Window window = onFx(Window::open);
        for (int i = 0; i < openings; i++) {
            Pane[] pane = new Pane[1];
            open.add(untilPulse(window, () -> pane[0] = Pane.navigate(core, window), () -> populated(pane[0]), openCpu));
            awaitListed(pane[0], 1);
            if (i == openings - 1) {
                for (int again = 0; again < openings; again++) {
                    onFx(() -> window.leave(pane[0]));
                    int listings = onFx(() -> pane[0].model().listingsProperty().get());
                    revisit.add(untilPulse(window, () -> window.enter(pane[0]), () -> populated(pane[0]), new ArrayList<>()));
                    revisitListed.add(revisit.getLast() + awaitListed(pane[0], listings + 1));
                }
                for (String text : FILTERS) {
                    filter.add(untilPulse(window, () -> pane[0].model().filterTextProperty().set(text), () -> true, filterCpu));
                }
            }
            onFx(() -> window.close(pane[0]));
        }
        onFx(() -> {
            window.stage().close();
            return null;
        });
        return new Figures(open, revisit, revisitListed, filter, openCpu, filterCpu);
    }

    /** Every task listed and the table's top row showing one. */
    private boolean populated(Pane pane) {
        if (pane == null || pane.model().filteredRows().size() != expectedRows) {
            return false;
        }
        for (Node node : pane.view().getRoot().lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getIndex() == 0 && row.getItem() instanceof TaskRow && row.isVisible()) {
                return true;
            }
        }
        return expectedRows == 0;
    }

    /** Milliseconds from now until the model has merged {@code listings} listings and a pulse laid them out. */
    private double awaitListed(Pane pane, int listings) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> listed = new CompletableFuture<>();
        onFx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (pane.model().listingsProperty().get() >= listings) {
                    listed.complete(null);
                    pane.view().getRoot().getScene().removePostLayoutPulseListener(listener[0]);
                }
            };
            pane.view().getRoot().getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        listed.get(120, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1e6;
    }

    /** A window like the main one, its content area empty until a pane is navigated to. */
    private record Window(Stage stage, StackPane content) {

        static Window open() {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            StackPane content = new StackPane();
            Scene scene = new Scene(content, 1280, 800);
            scene.getStylesheets().add(KumoApp.class.getResource("kumo.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return new Window(stage, content);
        }

        Void enter(Pane pane) {
            content.getChildren().setAll(pane.view().getRoot());
            pane.view().onShow();
            return null;
        }

        Void leave(Pane pane) {
            pane.view().onHide();
            content.getChildren().clear();
            return null;
        }

        Void close(Pane pane) {
            leave(pane);
            pane.background().close();
            return null;
        }
    }

    private record Pane(TasksView view, TasksViewModel model, VirtualThreadBackground background) {

        /** What {@code MainView} does on the first visit: build the pane, put it in the window, show it. */
        static Pane navigate(KumoCore core, Window window) {
            VirtualThreadBackground background = new VirtualThreadBackground();
            TasksViewModel model = new TasksViewModel(Panes.taskServices(core), background, new DialogService(null), task -> { }, task -> { });
            Pane pane = new Pane(new TasksView(model), model, background);
            window.enter(pane);
            return pane;
        }
    }

    /**
     * Runs {@code action} on the FX thread and times it until the first laid-out pulse at which {@code done} holds; adds
     * the CPU time it took to {@code cpu}.
     */
    private static double untilPulse(Window window, Runnable action, BooleanSupplier done, List<Cpu> cpu) throws Exception {
        CompletableFuture<Double> millis = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            long fxStart = THREADS.getCurrentThreadCpuTime();
            long processStart = OS.getProcessCpuTime();
            Scene scene = window.stage().getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    cpu.add(new Cpu((THREADS.getCurrentThreadCpuTime() - fxStart) / 1e6, (OS.getProcessCpuTime() - processStart) / 1e6));
                    millis.complete((System.nanoTime() - start) / 1e6);
                    scene.removePostLayoutPulseListener(listener[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
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
