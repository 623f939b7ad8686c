package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.ui.dashboard.FirstRunState.Step;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Get started" on the dashboard while there is no task: three numbered steps, each done or to do, each with a
 * button to the dialog that does it. The next step to do is the accented one.
 */
final class FirstRunGuideView extends VBox {

    FirstRunGuideView(FirstRunGuideModel model, GuideActions actions) {
        Label title = new Label("Get started", FontIcon.of(Feather.COMPASS, 18));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label("Three steps to your first scheduled script.");
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        getChildren().addAll(title, intro);
        for (Step step : Step.values()) {
            getChildren().add(stepRow(model, step, actions.of(step)));
        }
        model.stateProperty().subscribe(state -> {
            setVisible(state.guideShown());
            setManaged(state.guideShown());
        });
        setId("first-run-guide");
        getStyleClass().addAll("kumo-card", "first-run-guide");
        setPadding(new Insets(14, 16, 14, 16));
        setSpacing(10);
    }

    private static HBox stepRow(FirstRunGuideModel model, Step step, Runnable action) {
        Label number = new Label();
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.getStyleClass().add(Styles.TEXT_BOLD);
        Label name = new Label(step.title());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setId("guide-step-" + step.number() + "-state");
        state.getStyleClass().add(Styles.TEXT_SMALL);
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(8, name, state);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label explanation = new Label(step.explanation());
        explanation.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explanation.setWrapText(true);
        VBox text = new VBox(2, heading, explanation);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button go = new Button(buttonText(step), FontIcon.of(icon(step)));
        go.setId("guide-step-" + step.number());
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(event -> action.run());

        model.stateProperty().subscribe(now -> {
            boolean done = now.done(step);
            number.setText(done ? "" : step.number() + ".");
            number.setGraphic(done ? FontIcon.of(Feather.CHECK_CIRCLE, 16) : null);
            number.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("success"), done);
            state.setText(done ? "Done" : "To do");
            state.getStyleClass().removeAll(Styles.SUCCESS, Styles.TEXT_MUTED);
            state.getStyleClass().add(done ? Styles.SUCCESS : Styles.TEXT_MUTED);
            go.getStyleClass().remove(Styles.ACCENT);
            if (now.next() == step) {
                go.getStyleClass().add(Styles.ACCENT);
            }
        });
        HBox row = new HBox(12, number, text, go);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("guide-row-" + step.number());
        return row;
    }

    private static String buttonText(Step step) {
        return switch (step) {
            case IMPORT_PROJECT -> "Import project\u2026";
            case CREATE_ENVIRONMENT -> "New environment\u2026";
            case ADD_TASK -> "New task\u2026";
        };
    }

    private static Feather icon(Step step) {
        return switch (step) {
            case IMPORT_PROJECT -> Feather.FOLDER_PLUS;
            case CREATE_ENVIRONMENT -> Feather.BOX;
            case ADD_TASK -> Feather.PLUS;
        };
    }
}
