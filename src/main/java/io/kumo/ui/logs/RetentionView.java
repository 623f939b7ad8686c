package io.kumo.ui.logs;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Retention: what run logs take (bytes, files) and what their file system has left (space, inodes), how long logs and
 * run records are kept, the log disk budget, and Clean up now with its report.
 */
final class RetentionView extends VBox {

    private final RetentionViewModel model;
    private final Spinner<Integer> logDays;
    private final Spinner<Integer> budget;
    private final Spinner<Integer> runDays;
    private final Spinner<Integer> perTask;

    RetentionView(RetentionViewModel model) {
        this.model = model;
        logDays = spinner("retention-log-days", model.logDaysProperty(), 36_500, "forever");
        budget = spinner("retention-budget", model.budgetMbProperty(), 10_000_000, "no budget");
        runDays = spinner("retention-run-days", model.runDaysProperty(), 36_500, "forever");
        perTask = spinner("retention-per-task", model.perTaskProperty(), 1_000_000, "all");

        HBox presets = new HBox(4, preset("7 days", 7), preset("30 days", 30), preset("90 days", 90), preset("Forever", 0));
        presets.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, caption("Keep run logs for"), logDays, muted("days"), presets);
        grid.addRow(1, caption("Log disk budget"), budget, muted("MB"), muted("the oldest logs go first when the logs take more"));
        grid.addRow(2, caption("Keep run records for"), runDays, muted("days"), muted("a deleted run record takes its log with it"));
        grid.addRow(3, caption("Run records kept per task"), perTask, muted(""), muted("the newest ones, and as many runs of each workflow; 0 keeps all"));
        CheckBox archive = new CheckBox("Archive old runs instead of deleting them");
        archive.setId("retention-archive");
        archive.selectedProperty().bindBidirectional(model.archiveProperty());
        archive.setTooltip(new Tooltip("Task runs the two rules above take away go with their logs into one file per month "
                + "(Insights → Archives), where they can be restored"));
        grid.add(archive, 0, 4, 4, 1);

        Button apply = new Button("Apply", FontIcon.of(Feather.CHECK));
        apply.setId("retention-apply");
        apply.disableProperty().bind(model.busyProperty());
        apply.setOnAction(event -> {
            commit();
            model.apply();
        });
        Button cleanup = new Button("Clean up now", FontIcon.of(Feather.TRASH_2));
        cleanup.setId("retention-cleanup");
        cleanup.getStyleClass().add(Styles.ACCENT);
        cleanup.setTooltip(new Tooltip("Save these values and delete what they exclude now (logs of running runs stay)"));
        cleanup.disableProperty().bind(model.busyProperty());
        cleanup.setOnAction(event -> {
            commit();
            model.cleanUp();
        });
        Label total = new Label();
        total.setId("retention-total");
        total.textProperty().bind(model.totalSizeProperty());
        HBox actions = new HBox(8, apply, cleanup);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label disk = muted("");
        disk.setId("retention-disk");
        disk.setWrapText(true);
        disk.textProperty().bind(model.diskUseProperty());
        total.setMinWidth(Region.USE_PREF_SIZE); // the file system figures wrap, the total does not
        HBox usage = new HBox(8, FontIcon.of(Feather.HARD_DRIVE), total, disk);
        usage.setAlignment(Pos.CENTER_LEFT);
        Label report = new Label();
        report.setId("retention-report");
        report.setWrapText(true);
        report.textProperty().bind(model.reportProperty());

        Label explanation = muted("Kumo applies these limits shortly after it starts and every six hours. Deleting a "
                + "log keeps its run in the history; logs of runs in progress are never deleted. 0 means no limit.");
        explanation.setWrapText(true);
        getChildren().addAll(explanation, usage, grid, actions, report);
        setSpacing(14);
    }

    /** Typed values count even without Enter. */
    private void commit() {
        for (Spinner<Integer> spinner : java.util.List.of(logDays, budget, runDays, perTask)) {
            try {
                spinner.commitValue();
            } catch (RuntimeException e) {
                spinner.cancelEdit();
            }
        }
    }

    private Button preset(String text, int days) {
        Button button = new Button(text);
        button.setId("retention-log-days-" + (days == 0 ? "forever" : days));
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setOnAction(event -> model.logDaysProperty().set(days));
        return button;
    }

    private static Spinner<Integer> spinner(String id, ObjectProperty<Integer> value, int max, String zeroMeans) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number == 0 ? "0 (" + zeroMeans + ")" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.replaceAll("\\(.*\\)", "").strip();
                if (digits.isEmpty()) {
                    return 0;
                }
                return Integer.parseInt(digits);
            }
        });
        factory.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(150);
        return spinner;
    }

    private static Label caption(String text) {
        return new Label(text);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
