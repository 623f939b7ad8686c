package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.datacheck.Finding;
import io.kumo.ui.common.ActionButtons;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Run check, then each kind of leftover with what it found and a Clean button. */
final class DataCheckSection {

    private DataCheckSection() {
    }

    static VBox create(DataCheckViewModel model) {
        Button run = ActionButtons.button("Run check", "datacheck-run", Feather.CHECK_CIRCLE, model.busyProperty(), model::run);
        HBox actions = new HBox(12, run, Forms.status("datacheck-status", model.status()));
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox results = new VBox(10);
        results.setId("datacheck-results");
        model.findings().addListener((ListChangeListener<Finding>) change -> {
            results.getChildren().clear();
            model.findings().forEach(finding -> results.getChildren().add(finding(finding, model)));
        });
        return Forms.section(Forms.muted("Looks for what no longer fits together: runs whose task is gone, log files no "
                + "run points to, projects whose folder vanished, environments whose interpreter vanished. Checking "
                + "changes nothing."), actions, results);
    }

    private static Node finding(Finding finding, DataCheckViewModel model) {
        String id = "datacheck-" + finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        FontIcon icon = FontIcon.of(finding.isEmpty() ? Feather.CHECK : Feather.ALERT_CIRCLE);
        icon.getStyleClass().add(finding.isEmpty() ? Styles.SUCCESS : Styles.WARNING);
        Label title = new Label(finding.kind().label() + ": " + (finding.isEmpty() ? "none" : finding.items().size()), icon);
        title.setId(id + "-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        if (finding.isEmpty()) {
            return title;
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button clean = ActionButtons.button("Clean", id + "-clean", Feather.TRASH_2, model.busyProperty(), () -> model.clean(finding));
        clean.getStyleClass().add(Styles.DANGER);
        HBox header = new HBox(8, title, spacer, clean);
        header.setAlignment(Pos.CENTER_LEFT);
        ListView<String> items = new ListView<>();
        items.getItems().setAll(finding.items());
        items.setId(id + "-items");
        items.getStyleClass().add(Styles.DENSE);
        items.setPrefHeight(Math.min(6, finding.items().size()) * 26 + 4);
        VBox box = new VBox(6, header, items);
        box.getStyleClass().add("datacheck-finding");
        return box;
    }
}
