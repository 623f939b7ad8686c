package io.kumo.ui.workflows.graph;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * One step in the graph: a rounded box with the step's name and what it runs, an output handle on its right edge to
 * drag a dependency from, and its run status as a pseudo-class ({@code :waiting}, {@code :running}, {@code :success},
 * {@code :failed}, {@code :skipped}, {@code :stopped}).
 */
public final class StepNode extends StackPane {

    public static final double WIDTH = 180;
    public static final double HEIGHT = 58;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String[] STATUS_CLASSES = {"waiting", "running", "success", "failed", "skipped", "stopped"};

    private final String name;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Circle statusDot = new Circle(5);
    private final Circle handle = new Circle(6);
    private final FadeTransition pulse = new FadeTransition(Duration.millis(700), statusDot);
    private StepStatus status;

    StepNode(String name) {
        this.name = name;
        setId("workflow-node-" + name);
        getStyleClass().add("workflow-node");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        title.getStyleClass().add("workflow-node-title");
        detail.getStyleClass().add("workflow-node-detail");
        statusDot.getStyleClass().add("workflow-node-dot");
        statusDot.setVisible(false);
        statusDot.managedProperty().bind(statusDot.visibleProperty());
        HBox heading = new HBox(6, statusDot, title);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, heading, detail);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMouseTransparent(true);
        handle.getStyleClass().add("workflow-node-handle");
        handle.setId("workflow-handle-" + name);
        StackPane.setAlignment(handle, Pos.CENTER_RIGHT);
        handle.setTranslateX(6);
        getChildren().addAll(text, handle);
        pulse.setFromValue(1);
        pulse.setToValue(0.25);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
    }

    public String stepName() {
        return name;
    }

    /** The status shown, null while the graph shows no run. */
    public StepStatus status() {
        return status;
    }

    Circle handle() {
        return handle;
    }

    void show(StepDefinition step) {
        title.setText(step.name());
        String runs = step.runsTask() ? "task " + step.task() : step.command() == null ? "" : step.command();
        detail.setText(runs);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setInvalid(boolean invalid) {
        pseudoClassStateChanged(INVALID, invalid);
    }

    void setHandleVisible(boolean visible) {
        handle.setVisible(visible);
    }

    void setStatus(StepStatus newStatus) {
        status = newStatus;
        String shown = newStatus == null ? null : statusClass(newStatus);
        for (String candidate : STATUS_CLASSES) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(candidate), candidate.equals(shown));
        }
        statusDot.setVisible(newStatus != null);
        if (newStatus == StepStatus.RUNNING) {
            pulse.play();
        } else {
            pulse.stop();
            statusDot.setOpacity(1);
        }
    }

    /** The pseudo-class a status shows as. */
    public static String statusClass(StepStatus status) {
        return switch (status) {
            case FAILED, TIMEOUT -> "failed";
            case STOPPED, INTERRUPTED -> "stopped";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }
}
