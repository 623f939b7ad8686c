package io.kumo.ui.dashboard;

import io.kumo.ui.common.DisplayTime;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Runs in progress: task, start time and elapsed time (advanced every second while the dashboard is shown). */
final class RunningRunsView extends TableView<RunningItem> {


    RunningRunsView(ObservableList<RunningItem> running) {
        super(running);
        setId("running-list");
        getStyleClass().add("running-list");
        TableColumn<RunningItem, String> task = new TableColumn<>("Task");
        task.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().taskName()));
        task.setPrefWidth(260);
        TableColumn<RunningItem, String> started = new TableColumn<>("Started");
        started.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                DisplayTime.system().time(cell.getValue().startedAt())));
        started.setPrefWidth(140);
        TableColumn<RunningItem, String> elapsed = new TableColumn<>("Elapsed");
        elapsed.setCellValueFactory(cell -> cell.getValue().elapsedProperty());
        elapsed.setPrefWidth(140);
        elapsed.setId("running-elapsed");
        getColumns().add(task);
        getColumns().add(started);
        getColumns().add(elapsed);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Nothing is running."));
        setPrefHeight(170);
        setMinHeight(120);
    }
}
