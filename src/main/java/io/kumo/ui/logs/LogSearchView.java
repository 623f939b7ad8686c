package io.kumo.ui.logs;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.logs.LogSearch;
import io.kumo.ui.runs.RunFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Search across logs: query with regex and case toggles, Search/Cancel, and the hits; a click opens the run there. */
final class LogSearchView extends VBox {

    LogSearchView(LogSearchViewModel model, Consumer<LogSearch.Hit> onOpen) {
        TextField query = new TextField();
        query.setId("logs-search-field");
        query.setPromptText("Text to find in the logs of the runs selected by the History filters");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(event -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        ToggleButton regex = new ToggleButton(".*");
        regex.setId("logs-search-regex");
        regex.setTooltip(new Tooltip("Regular expression"));
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId("logs-search-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.selectedProperty().bindBidirectional(model.caseSensitiveProperty());
        Button search = new Button();
        search.setId("logs-search-button");
        search.textProperty().bind(model.runningProperty().map(running -> running ? "Cancel" : "Search"));
        search.graphicProperty().bind(model.runningProperty().map(running -> FontIcon.of(running ? Feather.X_CIRCLE : Feather.SEARCH)));
        search.getStyleClass().add(Styles.ACCENT);
        search.setOnAction(event -> model.searchOrCancel());
        HBox bar = new HBox(6, query, regex, matchCase, search);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("logs-search-status");
        status.textProperty().bind(model.statusProperty());
        model.invalidProperty().subscribe(invalid -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            status.getStyleClass().add(invalid ? Styles.DANGER : Styles.TEXT_MUTED);
        });

        TableView<LogSearch.Hit> results = new TableView<>(model.hits());
        results.setId("logs-search-results");
        results.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().addAll(List.of(
                column("Task", 150, hit -> hit.run().getTaskName()),
                column("Run", 70, hit -> "#" + hit.run().getId()),
                column("Scheduled", 150, hit -> RunFormat.time(hit.run().getScheduledFor())),
                column("Line", 80, hit -> RunFormat.number(hit.lineNumber())),
                column("Text", 500, LogSearch.Hit::text)));
        results.setPlaceholder(muted("Matches show here, newest runs first. The History filters (task, project, "
                + "status, dates) limit which runs are searched."));
        results.setRowFactory(view -> {
            TableRow<LogSearch.Hit> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (row.getItem() != null) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(bar, status, results);
        setSpacing(8);
        setMinHeight(0);
    }

    private static TableColumn<LogSearch.Hit, String> column(String title, double width, Function<LogSearch.Hit, String> value) {
        TableColumn<LogSearch.Hit, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
