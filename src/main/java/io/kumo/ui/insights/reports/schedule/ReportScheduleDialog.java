package io.kumo.ui.insights.reports.schedule;

import io.kumo.reports.ReportFormat;
import io.kumo.reports.schedule.ReportSchedule;
import io.kumo.reports.schedule.ReportScheduleEdit;
import java.util.Arrays;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Adds or edits a schedule. Save hands the form to the view-model; a refusal (bad cron, zone, period, channel) shows
 * under the form and the dialog stays open with what was typed.
 */
final class ReportScheduleDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = field("report-schedule-name", "monthly-ops");
    private final TextField cron = field("report-schedule-cron", "0 8 1 * *");
    private final TextField zone = field("report-schedule-zone", "Europe/Berlin (blank: this machine's)");
    private final TextField period = field("report-schedule-period", "30");
    private final ComboBox<String> format = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField tag = field("report-schedule-tag", "only tasks with this tag (optional)");
    private final CheckBox enabled = new CheckBox("Send on schedule");
    private final Label error = new Label();

    ReportScheduleDialog(Window owner, ReportSchedule editing, ObservableList<String> channels, ReportSchedulesViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle(editing == null ? "New report schedule" : "Edit " + editing.name());
        format.getItems().setAll(Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).toList());
        format.setId("report-schedule-format");
        channel.setItems(channels);
        channel.setId("report-schedule-channel");
        enabled.setId("report-schedule-enabled");
        error.setId("report-schedule-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        fill(editing);
        GridPane form = new GridPane(8, 8);
        row(form, 0, "Name", name);
        row(form, 1, "When (cron)", cron);
        row(form, 2, "Time zone", zone);
        row(form, 3, "Days covered", period);
        row(form, 4, "Format", format);
        row(form, 5, "Channel", channel);
        row(form, 6, "Tag", tag);
        form.add(enabled, 1, 7);
        form.add(error, 0, 8, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Long id = editing == null ? null : editing.id();
        Long projectId = editing == null ? null : editing.projectId();
        Node save = dialog.getDialogPane().lookupButton(ButtonType.OK);
        save.setId("report-schedule-save");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // closes only once the service took it
            error.setText("");
            edit(projectId).ifPresentOrElse(edit -> model.save(id, edit, dialog::close, error::setText), () -> { });
        });
    }

    void show() {
        dialog.show();
    }

    private java.util.Optional<ReportScheduleEdit> edit(Long projectId) {
        int days;
        try {
            days = Integer.parseInt(period.getText().strip().toLowerCase(Locale.ROOT).replaceAll("d$", ""));
        } catch (NumberFormatException e) {
            error.setText("Days covered: a number from 1 to 366");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReportScheduleEdit(name.getText(), cron.getText(), zone.getText(), days, projectId,
                tag.getText(), format.getValue(), channel.getValue(), enabled.isSelected()));
    }

    private void fill(ReportSchedule editing) {
        if (editing == null) {
            format.setValue(ReportFormat.PDF.extension());
            period.setText("30");
            enabled.setSelected(true);
            if (!channel.getItems().isEmpty()) {
                channel.setValue(channel.getItems().getFirst());
            }
            return;
        }
        name.setText(editing.name());
        cron.setText(editing.cron());
        zone.setText(editing.zone().getId());
        period.setText(String.valueOf(editing.periodDays()));
        format.setValue(editing.format().extension());
        channel.setValue(editing.channelName());
        tag.setText(editing.tag() == null ? "" : editing.tag());
        enabled.setSelected(editing.enabled());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }

    private static void row(GridPane form, int row, String label, Node field) {
        form.add(new Label(label), 0, row);
        form.add(field, 1, row);
    }
}
