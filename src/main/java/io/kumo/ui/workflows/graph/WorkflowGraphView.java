package io.kumo.ui.workflows.graph;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A workflow's steps as a graph: boxes for steps, arrows for dependencies. Editable, the user adds steps (double-click
 * on empty space), drags them, connects two by dragging from a step's output handle onto another, selects and deletes
 * a step or an arrow (Delete key, context menu); what they do goes to {@link GraphEditing}. Read-only, it colours each
 * step by {@link #setStatuses} and a click on a step calls {@link #setOnStepOpened}. Scroll zooms, dragging the
 * background pans. Both the editor and the run views (and the History tab) use it.
 */
public final class WorkflowGraphView extends Pane {

    private static final double MARGIN = 30;
    private boolean fitPending;

    private final Pane canvas = new Pane();
    private final javafx.scene.Group edgeLayer = new javafx.scene.Group();
    private final Pane nodeLayer = new Pane();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate(MARGIN, MARGIN);
    private final Map<String, StepNode> nodes = new LinkedHashMap<>();
    private final Map<Edge, EdgeShape> edges = new HashMap<>();
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final CubicCurve pending = new CubicCurve();
    private WorkflowDefinition definition;
    private GraphEditing editing;
    private Consumer<String> onStepOpened = step -> { };
    private String selectedStep;
    private Edge selectedEdge;
    private Set<String> invalidSteps = Set.of();
    private Point2D panStart;
    private StepNode connectingFrom;
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label();

    public WorkflowGraphView() {
        getStyleClass().add("workflow-graph");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        canvas.getTransforms().addAll(pan, zoom);
        canvas.setManaged(false);
        pending.getStyleClass().addAll("workflow-edge-line", "workflow-edge-pending");
        pending.setMouseTransparent(true);
        pending.setVisible(false);
        nodeLayer.setPickOnBounds(false);
        canvas.getChildren().addAll(edgeLayer, nodeLayer);
        emptyHint.getStyleClass().add("workflow-graph-hint");
        emptyHint.setMouseTransparent(true);
        emptyHint.setWrapText(true);
        emptyHint.setManaged(false);
        emptyHint.setVisible(false);
        getChildren().addAll(canvas, emptyHint);
        editable.addListener((obs, old, now) -> nodes.values().forEach(node -> node.setHandleVisible(now)));
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::connectDragged);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::connectReleased);
        setOnMousePressed(this::backgroundPressed);
        setOnMouseDragged(this::backgroundDragged);
        setOnMouseClicked(this::backgroundClicked);
        setOnScroll(event -> {
            double factor = event.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
            double scale = Math.clamp(zoom.getX() * factor, 0.3, 2.5);
            zoom.setX(scale);
            zoom.setY(scale);
            event.consume();
        });
        setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && deleteSelection()) {
                event.consume();
            }
        });
    }

    // ---- the API the panes use

    public BooleanProperty editableProperty() {
        return editable;
    }

    public void setEditing(GraphEditing editing) {
        this.editing = editing;
        editable.set(editing != null);
    }

    /** What an empty graph says ("Double-click to add a step", "No run yet"). */
    public void setEmptyText(String text) {
        emptyHint.setText(text);
    }

    /** Shows {@code workflow}'s steps (handlers are not drawn); nodes of steps that stay keep their status. */
    public void setDefinition(WorkflowDefinition workflow) {
        boolean another = definition == null || workflow == null || !definition.name().equals(workflow.name());
        definition = workflow;
        List<StepDefinition> steps = workflow == null ? List.of() : workflow.steps();
        nodes.entrySet().removeIf(entry -> {
            boolean gone = steps.stream().noneMatch(step -> step.name().equals(entry.getKey()));
            if (gone) {
                nodeLayer.getChildren().remove(entry.getValue());
            }
            return gone;
        });
        double fallbackX = 0;
        for (StepDefinition step : steps) {
            StepNode node = nodes.computeIfAbsent(step.name(), name -> {
                StepNode created = newNode(name);
                nodeLayer.getChildren().add(created);
                return created;
            });
            node.show(step);
            StepDefinition.Position at = step.position();
            node.relocate(at != null ? at.x() : fallbackX, at != null ? at.y() : 0);
            fallbackX = Math.max(fallbackX, node.getLayoutX() + StepNode.WIDTH + 60);
        }
        redraw();
        if (another) {
            fitView();
        }
    }

    /** Colours the steps by where a run stands; an empty map shows no status. */
    public void setStatuses(Map<String, StepStatus> statuses) {
        nodes.forEach((name, node) -> node.setStatus(statuses.get(name)));
    }

    public void setOnStepOpened(Consumer<String> onStepOpened) {
        this.onStepOpened = onStepOpened == null ? step -> { } : onStepOpened;
    }

    public void setSelectedStep(String step) {
        selectedStep = step;
        if (step != null) {
            selectedEdge = null;
        }
        markSelection();
    }

    /** Marks the steps that have a problem, and the arrows into them from a step that is also marked or unknown. */
    public void setInvalidSteps(Set<String> steps) {
        invalidSteps = Set.copyOf(steps);
        nodes.forEach((name, node) -> node.setInvalid(invalidSteps.contains(name)));
        edges.forEach((edge, shape) -> shape.setInvalid(invalidSteps.contains(edge.to()) && invalidSteps.contains(edge.from())));
    }

    /** The node of a step, for tests and for the History tab's tooltips. */
    public StepNode node(String step) {
        return nodes.get(step);
    }

    /**
     * Back to the top-left corner at 100 %, or smaller (down to 30 %) when the steps would not all show: a workflow
     * opens whole even in a small window.
     */
    public void fitView() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true; // not laid out yet: fitted at the first layout
            return;
        }
        double right = 0;
        double bottom = 0;
        for (StepNode node : nodes.values()) {
            right = Math.max(right, node.getLayoutX() + StepNode.WIDTH);
            bottom = Math.max(bottom, node.getLayoutY() + StepNode.HEIGHT);
        }
        double scale = 1;
        if (right > 0 && bottom > 0) {
            scale = Math.min(1, Math.min((getWidth() - 2 * MARGIN) / right, (getHeight() - 2 * MARGIN) / bottom));
        }
        scale = Math.clamp(scale, 0.3, 1);
        zoom.setX(scale);
        zoom.setY(scale);
        pan.setX(MARGIN);
        pan.setY(MARGIN);
    }

    // ---- drawing

    private void redraw() {
        edges.clear();
        List<javafx.scene.Node> children = new ArrayList<>();
        if (definition != null) {
            for (StepDefinition step : definition.steps()) {
                for (String dependency : step.depends()) {
                    StepNode from = nodes.get(dependency);
                    if (from != null) {
                        EdgeShape shape = newEdge(new Edge(dependency, step.name()));
                        edges.put(shape.edge(), shape);
                        children.add(shape);
                    }
                }
            }
        }
        children.add(pending);
        edgeLayer.getChildren().setAll(children);
        emptyHint.setVisible(nodes.isEmpty());
        layoutEdges();
        setInvalidSteps(invalidSteps);
        markSelection();
    }

    private void layoutEdges() {
        edges.forEach((edge, shape) -> {
            StepNode from = nodes.get(edge.from());
            StepNode to = nodes.get(edge.to());
            shape.connect(from.getLayoutX() + StepNode.WIDTH, from.getLayoutY() + StepNode.HEIGHT / 2,
                    to.getLayoutX(), to.getLayoutY() + StepNode.HEIGHT / 2);
        });
    }

    private void markSelection() {
        nodes.forEach((name, node) -> node.setSelected(name.equals(selectedStep)));
        edges.forEach((edge, shape) -> shape.setSelected(edge.equals(selectedEdge)));
    }

    // ---- nodes and edges with their gestures

    private StepNode newNode(String name) {
        StepNode node = new StepNode(name);
        node.setHandleVisible(editable.get());
        NodeDrag drag = new NodeDrag();
        node.setOnMousePressed(event -> {
            requestFocus();
            if (event.getButton() == MouseButton.PRIMARY) {
                drag.start(event.getSceneX(), event.getSceneY(), node.getLayoutX(), node.getLayoutY());
            }
            event.consume();
        });
        node.setOnMouseDragged(event -> {
            if (editable.get() && drag.active()) {
                Point2D delta = drag.delta(event.getSceneX(), event.getSceneY(), zoom.getX());
                node.relocate(drag.originX() + delta.getX(), drag.originY() + delta.getY());
                layoutEdges();
            }
            event.consume();
        });
        node.setOnMouseReleased(event -> {
            if (editable.get() && drag.moved() && editing != null) {
                editing.move(name, new StepDefinition.Position(Math.round(node.getLayoutX()), Math.round(node.getLayoutY())));
            }
            drag.stop();
            event.consume();
        });
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !drag.wasMoved()) {
                if (editing != null && editable.get()) {
                    editing.select(name);
                } else {
                    setSelectedStep(name);
                    onStepOpened.accept(name);
                }
            }
            event.consume();
        });
        node.setOnContextMenuRequested(event -> {
            contextMenu(node.stepName()).show(node, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        wireHandle(node);
        return node;
    }

    private ContextMenu contextMenu(String step) {
        if (editable.get() && editing != null) {
            MenuItem delete = new MenuItem("Delete step");
            delete.setOnAction(event -> editing.delete(step));
            return new ContextMenu(delete);
        }
        MenuItem open = new MenuItem("Open log");
        open.setOnAction(event -> onStepOpened.accept(step));
        return new ContextMenu(open);
    }

    private void wireHandle(StepNode node) {
        node.handle().setOnMousePressed(event -> {
            if (editable.get()) {
                connectingFrom = node;
                pending.setStartX(node.getLayoutX() + StepNode.WIDTH);
                pending.setStartY(node.getLayoutY() + StepNode.HEIGHT / 2);
                movePending(canvasPoint(event));
                pending.setVisible(true);
            }
            event.consume();
        });
        node.handle().setOnMouseClicked(MouseEvent::consume);
    }

    /** While a dependency is dragged from a handle, whichever node the pointer is over. */
    private void connectDragged(MouseEvent event) {
        if (connectingFrom != null) {
            movePending(canvasPoint(event));
            event.consume();
        }
    }

    private void connectReleased(MouseEvent event) {
        if (connectingFrom == null) {
            return;
        }
        StepNode from = connectingFrom;
        connectingFrom = null;
        pending.setVisible(false);
        Point2D end = canvasPoint(event);
        nodes.values().stream().filter(target -> target != from && target.getBoundsInParent().contains(end)).findFirst()
                .ifPresent(target -> {
                    if (editing != null) {
                        editing.connect(from.stepName(), target.stepName());
                    }
                });
        event.consume();
    }

    private void movePending(Point2D end) {
        double bend = Math.max(40, Math.abs(end.getX() - pending.getStartX()) / 2);
        pending.setControlX1(pending.getStartX() + bend);
        pending.setControlY1(pending.getStartY());
        pending.setControlX2(end.getX() - bend);
        pending.setControlY2(end.getY());
        pending.setEndX(end.getX());
        pending.setEndY(end.getY());
    }

    private EdgeShape newEdge(Edge edge) {
        EdgeShape shape = new EdgeShape(edge);
        shape.setOnMouseClicked(event -> {
            requestFocus();
            selectedEdge = edge;
            selectedStep = null;
            if (editing != null) {
                editing.select(null);
            }
            markSelection();
            event.consume();
        });
        shape.setOnContextMenuRequested(event -> {
            if (editable.get() && editing != null) {
                MenuItem remove = new MenuItem("Remove dependency");
                remove.setOnAction(action -> editing.disconnect(edge.from(), edge.to()));
                new ContextMenu(remove).show(shape, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        return shape;
    }

    private boolean deleteSelection() {
        if (!editable.get() || editing == null) {
            return false;
        }
        if (selectedEdge != null) {
            Edge edge = selectedEdge;
            selectedEdge = null;
            editing.disconnect(edge.from(), edge.to());
            return true;
        }
        if (selectedStep != null) {
            editing.delete(selectedStep);
            return true;
        }
        return false;
    }

    // ---- the background: pan, select nothing, add a step

    private void backgroundPressed(MouseEvent event) {
        requestFocus();
        panStart = new Point2D(event.getX() - pan.getX(), event.getY() - pan.getY());
    }

    private void backgroundDragged(MouseEvent event) {
        if (panStart != null) {
            pan.setX(event.getX() - panStart.getX());
            pan.setY(event.getY() - panStart.getY());
        }
    }

    private void backgroundClicked(MouseEvent event) {
        if (!event.isStillSincePress()) {
            return;
        }
        if (event.getClickCount() == 2 && editable.get() && editing != null) {
            Point2D at = canvasPoint(event);
            editing.add(new StepDefinition.Position(Math.round(at.getX()), Math.round(at.getY())));
        } else if (event.getClickCount() == 1) {
            selectedEdge = null;
            if (editing != null) {
                editing.select(null);
            } else {
                setSelectedStep(null);
            }
            markSelection();
        }
    }

    private Point2D canvasPoint(MouseEvent event) {
        return canvas.sceneToLocal(event.getSceneX(), event.getSceneY());
    }

    @Override
    protected void layoutChildren() {
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            fitView();
        }
        // the canvas is unmanaged: it keeps its own size and is moved by the pan and zoom transforms
        double hintWidth = Math.max(0, Math.min(emptyHint.prefWidth(-1), getWidth() - 40));
        emptyHint.resize(hintWidth, emptyHint.prefHeight(hintWidth));
        emptyHint.relocate((getWidth() - emptyHint.getWidth()) / 2, (getHeight() - emptyHint.getHeight()) / 2);
    }
}
