package io.kumo.ui.workflows.editor;

import atlantafx.base.theme.Styles;
import io.kumo.common.ValidationException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.schedule.Durations;
import io.kumo.workflow.Handlers;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowSchedule;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side form while no step is selected: the workflow's name, description, schedule (manual, cron, every, at),
 * parameters, variables, how many steps at once, overlap and misfire policies, and the handlers' commands.
 */
final class WorkflowForm extends VBox {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> KINDS = List.of("manual", "cron", "every", "at");

    private final WorkflowEditorModel model;
    private final ZoneId zone;
    private final TextField name = Forms.field("workflow-name", "name");
    private final TextField description = Forms.field("workflow-description", "what it does");
    private final ComboBox<String> scheduleKind = new ComboBox<>();
    private final TextField scheduleValue = Forms.field("workflow-schedule-value", "");
    private final Label scheduleError = Forms.error("workflow-schedule-error");
    private final TextArea params = Forms.area("workflow-params", "KEY=default, one a line");
    private final TextArea env = Forms.area("workflow-env", "KEY=VALUE, one a line");
    private final Spinner<Integer> maxActive = new Spinner<>(0, 64, 0);
    private final ComboBox<OverlapPolicy> overlap = new ComboBox<>();
    private final ComboBox<MisfirePolicy> misfire = new ComboBox<>();
    private final TextField onSuccess = Forms.field("workflow-on-success", "command on success");
    private final TextField onFailure = Forms.field("workflow-on-failure", "command on failure");
    private final TextField onExit = Forms.field("workflow-on-exit", "command always at the end");
    private boolean loading;
    private boolean applying;

    WorkflowForm(WorkflowEditorModel model, ZoneId zone) {
        super(6);
        this.model = model;
        this.zone = zone;
        setId("workflow-form");
        getStyleClass().add("workflow-form");
        scheduleKind.getItems().setAll(KINDS);
        scheduleKind.setId("workflow-schedule-kind");
        scheduleKind.setMinWidth(105);
        overlap.getItems().setAll(OverlapPolicy.values());
        misfire.getItems().setAll(MisfirePolicy.values());
        maxActive.setEditable(true);
        maxActive.setId("workflow-max-active");
        HBox.setHgrow(scheduleValue, Priority.ALWAYS);
        Label title = new Label("Workflow");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Select a step to edit it; double-click the graph to add one.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(title, hint, Forms.labelled("Name", name), Forms.labelled("Description", description),
                Forms.labelled("Schedule", new HBox(6, scheduleKind, scheduleValue)), scheduleError,
                Forms.labelled("Parameters", params), Forms.labelled("Variables", env),
                Forms.labelled("Steps at once (0: no limit)", maxActive),
                Forms.labelled("When still running", overlap), Forms.labelled("Missed starts", misfire),
                Forms.labelled("On success", onSuccess), Forms.labelled("On failure", onFailure),
                Forms.labelled("Always at the end", onExit));

        name.setOnAction(event -> apply());
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                apply();
            }
        });
        scheduleKind.valueProperty().addListener((obs, old, now) -> {
            scheduleValue.setDisable("manual".equals(now));
            scheduleValue.setPromptText(switch (now == null ? "manual" : now) {
                case "cron" -> "30 2 * * *";
                case "every" -> "15m";
                case "at" -> "2026-12-24 18:00";
                default -> "";
            });
            apply();
        });
        Forms.onAnyChange(this::apply, description.textProperty(), scheduleValue.textProperty(), onSuccess.textProperty(),
                onFailure.textProperty(), onExit.textProperty(), params.textProperty(), env.textProperty(),
                maxActive.valueProperty(), overlap.valueProperty(), misfire.valueProperty());
    }

    boolean applying() {
        return applying;
    }

    void show(WorkflowDefinition workflow) {
        loading = true;
        try {
            name.setText(workflow.name());
            description.setText(workflow.description() == null ? "" : workflow.description());
            WorkflowSchedule schedule = workflow.schedule();
            scheduleKind.setValue(schedule == null ? "manual" : switch (schedule.type()) {
                case CRON -> "cron";
                case INTERVAL -> "every";
                case ONCE -> "at";
                default -> "manual";
            });
            scheduleValue.setText(schedule == null ? "" : switch (schedule.type()) {
                case CRON -> schedule.cron();
                case INTERVAL -> schedule.intervalSeconds() + "s";
                case ONCE -> AT.format(LocalDateTime.ofInstant(schedule.runAt(), zone));
                default -> "";
            });
            scheduleError.setText("");
            params.setText(KeyValueLines.format(workflow.params()));
            env.setText(KeyValueLines.format(workflow.env()));
            maxActive.getValueFactory().setValue(workflow.maxActiveSteps());
            overlap.setValue(workflow.overlap());
            misfire.setValue(workflow.misfire());
            onSuccess.setText(command(workflow.handlers().success()));
            onFailure.setText(command(workflow.handlers().failure()));
            onExit.setText(command(workflow.handlers().exit()));
        } finally {
            loading = false;
        }
    }

    private void apply() {
        if (loading) {
            return;
        }
        applying = true;
        try {
            WorkflowSchedule schedule = schedule();
            String newName = name.getText().strip();
            model.updateWorkflow(current -> {
                Handlers handlers = new Handlers(handler("on_success", onSuccess, current.handlers().success()),
                        handler("on_failure", onFailure, current.handlers().failure()), current.handlers().cancel(),
                        handler("on_exit", onExit, current.handlers().exit()));
                return WorkflowDraft.of(current.withName(newName)).description(description.getText())
                        .schedule(schedule == null && !"manual".equals(scheduleKind.getValue()) ? current.schedule() : schedule)
                        .params(KeyValueLines.parse(params.getText())).env(KeyValueLines.parse(env.getText()))
                        .maxActiveSteps(maxActive.getValue() == null ? 0 : maxActive.getValue())
                        .overlap(overlap.getValue()).misfire(misfire.getValue()).handlers(handlers).build();
            });
        } finally {
            applying = false;
        }
    }

    /** The schedule as typed; null for manual, or while what is typed is not a schedule yet (the error says why). */
    private WorkflowSchedule schedule() {
        String value = scheduleValue.getText().strip();
        scheduleError.setText("");
        try {
            return switch (scheduleKind.getValue() == null ? "manual" : scheduleKind.getValue()) {
                case "cron" -> value.isEmpty() ? null : WorkflowSchedule.cron(value, null);
                case "every" -> value.isEmpty() ? null : WorkflowSchedule.every(Durations.parse("every", value).toSeconds());
                case "at" -> value.isEmpty() ? null
                        : WorkflowSchedule.at(LocalDateTime.parse(value, AT).atZone(zone).toInstant());
                default -> null;
            };
        } catch (ValidationException e) {
            scheduleError.setText(e.getMessage());
        } catch (DateTimeParseException e) {
            scheduleError.setText("at: write the date and time as 2026-12-24 18:00");
        }
        return null;
    }

    private static StepDefinition handler(String name, TextField field, StepDefinition current) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        StepDefinition base = current != null ? current : StepDefinition.command(name, text, List.of());
        return new StepDefinition(base.name(), base.description(), text, null, base.dir(), base.project(),
                base.environment(), List.of(), base.env(), base.runIf(), base.retry(), base.timeoutSeconds(),
                base.continueOnFailure(), base.preconditions(), base.output(), null);
    }

    private static String command(StepDefinition handler) {
        return handler == null ? "" : handler.runsTask() ? "" : handler.command();
    }
}
