package io.kumo.ui.workflows;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.workflows.editor.WorkflowEditorView;
import io.kumo.ui.workflows.editor.YamlEditor;
import io.kumo.ui.workflows.run.WorkflowRunView;
import io.kumo.workflow.WorkflowTemplates;
import io.kumo.workflow.service.WorkflowSummary;
import java.io.File;
import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Workflows pane: the workflow list with its toolbar on the left; on the right the Editor (visual graph and side
 * form), YAML and Run tabs of the selected or new workflow. {@link #addTab} is where the History tab goes.
 */
public final class WorkflowsView implements PaneView {

    private final WorkflowsViewModel model;
    private final VBox root = new VBox(12);
    private final TableView<WorkflowSummary> table;
    private final TabPane tabs = new TabPane();
    private final Tab runTab;
    private final YamlEditor yaml;
    private final WorkflowRunView runView;
    private final Timeline listTick;
    private boolean reverting;

    public WorkflowsView(WorkflowsViewModel model, WorkflowPaneServices services) {
        this.model = model;
        table = WorkflowTable.create(model.rows(), services.clock());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selectionChanged(old, now));
        model.selectedProperty().addListener((obs, old, now) -> showSelected(now));

        WorkflowEditorView editor = new WorkflowEditorView(model.editor(), model.taskNames(), model.projectNames(),
                model.environmentNames(), model.saveMessageProperty(), model.savingProperty(), model::save);
        yaml = new YamlEditor(model.editor());
        runView = new WorkflowRunView(model.runs(), services.zone());
        Tab editorTab = tab("Editor", "workflow-tab-editor", editor);
        Tab yamlTab = tab("YAML", "workflow-tab-yaml", yaml);
        runTab = tab("Run", "workflow-tab-run", runView);
        tabs.getTabs().addAll(editorTab, yamlTab, runTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workflow-tabs");

        Label title = new Label("Workflows");
        title.getStyleClass().add(Styles.TITLE_2);
        Label editing = new Label();
        editing.getStyleClass().addAll(Styles.TEXT_MUTED);
        editing.textProperty().bind(Bindings.createStringBinding(() -> "· " + model.editor().definition().name()
                + (model.editor().savedName() == null ? " (new)" : ""), model.editor().definitionProperty(),
                model.editor().dirtyProperty()));
        Label alerts = new Label();
        alerts.setId("workflow-alerts");
        alerts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        alerts.setGraphic(new FontIcon(Feather.BELL));
        alerts.textProperty().bind(model.alertsProperty());
        alerts.visibleProperty().bind(model.alertsProperty().isNotEmpty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, editing, gap, alerts);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label message = new Label();
        message.setId("workflow-list-message");
        message.setWrapText(true);
        message.getStyleClass().addAll(Styles.TEXT_SMALL, "workflow-list-message");
        message.textProperty().bind(model.listMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox list = new VBox(8, listActions(), message, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setMinWidth(280);
        SplitPane split = new SplitPane(list, tabs);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header, split);
        root.setPadding(new Insets(24));
        root.setId("pane-workflows");
        root.getStyleClass().add("workflows-pane");
        // "last run 5 min ago" moves on, and workflows added from the CLI show up, while nothing runs here
        listTick = new Timeline(new KeyFrame(Duration.seconds(30), event -> model.load()));
        listTick.setCycleCount(Animation.INDEFINITE);
    }

    /** Adds a tab after Editor, YAML and Run: the History tab of workflow runs goes here. */
    public void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    /** Called with a step and its latest attempt's run id when the user clicks a step in the Run tab. */
    public void setOnStepOpened(BiConsumer<String, Long> onStepOpened) {
        runView.setOnStepOpened(onStepOpened);
    }

    public WorkflowsViewModel model() {
        return model;
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.start();
        yaml.start();
        listTick.play();
    }

    @Override
    public void onHide() {
        model.stop();
        yaml.stop();
        listTick.stop();
    }

    private Node listActions() {
        BooleanBinding none = model.selectedProperty().isNull();
        MenuButton create = new MenuButton("New", new FontIcon(Feather.PLUS));
        create.setId("workflow-new");
        create.getStyleClass().add(Styles.ACCENT);
        MenuItem blank = new MenuItem("Blank workflow");
        blank.setId("workflow-new-blank");
        blank.setOnAction(event -> model.create(null));
        create.getItems().addAll(blank, new SeparatorMenuItem());
        for (WorkflowTemplates.Template template : model.templates()) {
            MenuItem item = new MenuItem("From template: " + template.title());
            item.setId("workflow-new-" + template.id());
            item.setOnAction(event -> model.create(template));
            create.getItems().add(item);
        }
        Button importFile = button("Import…", "workflow-import", Feather.DOWNLOAD, null, this::importFile);
        importFile.setTooltip(new Tooltip("Store a workflow file (Kumo's or Dagu's YAML)"));
        Button export = button("", "workflow-export", Feather.UPLOAD, none, this::exportFile);
        export.setTooltip(new Tooltip("Export… the workflow's file"));
        Button run = button("Run", "workflow-run", Feather.PLAY, none, () -> {
            model.run();
            tabs.getSelectionModel().select(runTab);
        });
        Button pause = button("", "workflow-pause", Feather.PAUSE, none, model::toggleEnabled);
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> FontIcon.of(
                model.selected().map(WorkflowSummary::enabled).orElse(true) ? Feather.PAUSE : Feather.PLAY_CIRCLE),
                model.selectedProperty()));
        pause.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                model.selected().map(WorkflowSummary::enabled).orElse(true) ? "Pause its schedule" : "Resume its schedule"),
                model.selectedProperty()));
        Button delete = button("", "workflow-delete", Feather.TRASH_2, none, model::delete);
        delete.setTooltip(new Tooltip("Delete the workflow (its run history stays)"));
        delete.getStyleClass().add(Styles.DANGER);
        FlowPane box = new FlowPane(6, 6, create, importFile, export, run, pause, delete);
        box.getStyleClass().add("workflow-actions");
        return box;
    }

    private void selectionChanged(WorkflowSummary old, WorkflowSummary now) {
        if (reverting || now == null || now.equals(model.selectedProperty().get())) {
            return;
        }
        if (!model.open(now)) {
            reverting = true;
            try {
                table.getSelectionModel().select(old);
            } finally {
                reverting = false;
            }
        }
    }

    private void showSelected(WorkflowSummary row) {
        reverting = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getItems().stream().filter(item -> item.name().equals(row.name())).findFirst()
                        .ifPresent(item -> table.getSelectionModel().select(item));
            }
        } finally {
            reverting = false;
        }
    }

    private void importFile() {
        FileChooser chooser = chooser("Import a workflow file");
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    private void exportFile() {
        FileChooser chooser = chooser("Export the workflow file");
        model.selected().ifPresent(row -> chooser.setInitialFileName(row.name() + ".yaml"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportFile(file.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Workflow files", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
