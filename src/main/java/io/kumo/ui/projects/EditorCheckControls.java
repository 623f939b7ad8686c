package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor toolbar's Format button and problem count, following the selected tab. */
final class EditorCheckControls {

    private EditorCheckControls() {
    }

    static Button formatButton(ObservableValue<EditorTab> current, Runnable format) {
        Button button = new Button(null, FontIcon.of(Feather.ALIGN_LEFT));
        button.setId("editor-format");
        button.getStyleClass().add(Styles.BUTTON_ICON); // an icon like Find and Go to: the toolbar fits 1200 px
        Tooltip tooltip = new Tooltip("Format (Ctrl+Shift+F)");
        button.setTooltip(tooltip);
        button.setOnAction(event -> format.run());
        button.setDisable(true);
        current.addListener((obs, old, tab) -> {
            button.disableProperty().unbind();
            tooltip.textProperty().unbind();
            EditorChecksModel checks = tab == null ? null : tab.checks();
            if (checks == null) {
                button.setDisable(true);
                tooltip.setText("Format (Ctrl+Shift+F): Python files only");
                return;
            }
            button.disableProperty().bind(checks.formattingProperty());
            tooltip.textProperty().bind(Bindings.createStringBinding(checks::formatHint, checks.availableProperty(),
                    checks.environmentNameProperty()));
        });
        return button;
    }

    static Label problemCount(ObservableValue<EditorTab> current) {
        Label count = new Label();
        count.setId("editor-problem-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        current.addListener((obs, old, tab) -> {
            count.textProperty().unbind();
            if (tab == null) {
                count.setText("");
            } else {
                count.textProperty().bind(Bindings.createStringBinding(
                        () -> ProblemSummary.count(ProblemSummary.all(tab.model().problems())), tab.model().problems()));
            }
        });
        return count;
    }
}
