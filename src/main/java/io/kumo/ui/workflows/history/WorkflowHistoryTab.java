package io.kumo.ui.workflows.history;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "History" tab of the Workflows pane: the runs history of the selected workflow. It listens to run events only
 * while it is seen (its tab selected and the pane in the window) and stops when either goes away.
 */
public final class WorkflowHistoryTab {

    private WorkflowHistoryTab() {
    }

    public static Tab create(WorkflowHistoryViewModel model, ObservableValue<String> workflowName) {
        WorkflowHistoryView view = new WorkflowHistoryView(model);
        VBox padded = new VBox(view);
        VBox.setVgrow(view, Priority.ALWAYS);
        padded.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab("History", padded);
        tab.setId("workflow-tab-history");
        tab.setGraphic(FontIcon.of(Feather.CLOCK));
        workflowName.subscribe(model::show);
        boolean[] shown = {false};
        Runnable follow = () -> {
            boolean seen = tab.isSelected() && view.getScene() != null;
            if (seen != shown[0]) {
                shown[0] = seen;
                if (seen) {
                    view.onShow();
                } else {
                    view.onHide();
                }
            }
        };
        tab.selectedProperty().subscribe(follow);
        view.sceneProperty().subscribe(follow);
        return tab;
    }
}
