package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.code.CodeProblem;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The problems of one open file from every checker, under its editor: severity icon, line:col, message and
 * source+code. A click puts the caret on the problem. Hidden while the file has none.
 */
final class ProblemsPanel extends VBox {

    static final String LIST_ID = "editor-problems";
    private static final double ROW_HEIGHT = 26;

    private final ObservableList<CodeProblem> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, List<CodeProblem>> bySource;
    private final MapChangeListener<String, List<CodeProblem>> changes = change -> refresh();
    private final Label title = new Label();

    ProblemsPanel(ObservableMap<String, List<CodeProblem>> bySource, Consumer<CodeProblem> jump) {
        this.bySource = bySource;
        ListView<CodeProblem> list = new ListView<>(rows);
        list.setId(LIST_ID);
        list.getStyleClass().addAll(Styles.DENSE, "problems-list");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(view -> new ProblemCell());
        list.setOnMouseClicked(event -> {
            CodeProblem problem = list.getSelectionModel().getSelectedItem();
            if (problem != null) {
                jump.accept(problem);
            }
        });
        list.setOnKeyPressed(event -> {
            CodeProblem problem = list.getSelectionModel().getSelectedItem();
            if (problem != null && event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jump.accept(problem);
            }
        });
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(6, javafx.beans.binding.Bindings.size(rows))
                .multiply(ROW_HEIGHT).add(4));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox header = new HBox(8, new Label("Problems"), title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        header.getStyleClass().add("problems-header");
        getChildren().addAll(header, list);
        getStyleClass().add("problems-panel");
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(rows));
        managedProperty().bind(visibleProperty());
        bySource.addListener(changes);
        refresh();
    }

    private void refresh() {
        List<CodeProblem> all = ProblemSummary.all(Map.copyOf(bySource));
        rows.setAll(all);
        title.setText(ProblemSummary.count(all));
    }

    void dispose() {
        bySource.removeListener(changes);
    }

    private static final class ProblemCell extends ListCell<CodeProblem> {
        @Override
        protected void updateItem(CodeProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = FontIcon.of(switch (problem.severity()) {
                case ERROR -> Feather.X_CIRCLE;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case INFO, HINT -> Feather.INFO;
            });
            icon.getStyleClass().add(switch (problem.severity()) {
                case ERROR -> Styles.DANGER;
                case WARNING -> Styles.WARNING;
                case INFO, HINT -> Styles.ACCENT;
            });
            Label where = new Label(problem.line() + ":" + (problem.column() + 1));
            where.getStyleClass().add(Styles.TEXT_MUTED);
            where.setMinWidth(56);
            Label message = new Label(problem.message());
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            Label source = new Label(problem.code() == null ? problem.source() : problem.source() + " " + problem.code());
            source.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(8, icon, where, message, source);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
