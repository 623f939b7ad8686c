package io.kumo.ui.tasks;

import io.kumo.common.ValidationException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Durations;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.service.TaskRules;
import io.kumo.service.TaskVariables;
import io.kumo.ui.alerts.AlertsHint;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task editor's state: one property per field, the cron preview, the message of the first invalid field (the
 * same rules as the command line, see {@link TaskForm}), command suggestions from the chosen project's detection,
 * and saving through the task service in the background.
 */
public final class TaskEditorViewModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final TaskPaneServices services;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final Long taskId;
    /** The task as it was opened (null for a new one): the rules check only what the editor changes. */
    private final Task stored;
    private final TaskRules rules;
    private final ObservableList<Choice> projects;
    private final ObservableList<Choice> environments;
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Choice> project = new SimpleObjectProperty<>();
    private final StringProperty workDir = new SimpleStringProperty("");
    private final ObjectProperty<Choice> environment = new SimpleObjectProperty<>();
    private final StringProperty command = new SimpleStringProperty("");
    private final BooleanProperty useShell = new SimpleBooleanProperty();
    private final ObjectProperty<TriggerType> triggerType = new SimpleObjectProperty<>(TriggerType.CRON);
    private final CronFieldModel cron;
    private final StringProperty intervalAmount = new SimpleStringProperty("15");
    private final ObjectProperty<IntervalUnit> intervalUnit = new SimpleObjectProperty<>(IntervalUnit.MINUTES);
    private final ObjectProperty<java.time.LocalDate> anchorDate = new SimpleObjectProperty<>();
    private final StringProperty anchorTime = new SimpleStringProperty("");
    private final ObjectProperty<java.time.LocalDate> onceDate = new SimpleObjectProperty<>();
    private final StringProperty onceTime = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty timeout = new SimpleStringProperty("");
    private final IntegerProperty retries = new SimpleIntegerProperty();
    private final StringProperty retryDelay = new SimpleStringProperty("");
    private final ObjectProperty<RetryBackoff> backoff = new SimpleObjectProperty<>(RetryBackoff.FIXED);
    private final ObjectProperty<PriorityLevel> priority = new SimpleObjectProperty<>(PriorityLevel.NORMAL);
    private final ObjectProperty<OverlapPolicy> overlap = new SimpleObjectProperty<>(OverlapPolicy.SKIP);
    private final ObjectProperty<MisfirePolicy> misfire = new SimpleObjectProperty<>(MisfirePolicy.ONCE);
    private final ObservableList<VariableRow> variables =
            FXCollections.observableArrayList(row -> new Observable[] {row.nameProperty(), row.valueProperty()});
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty nodeLabels = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final BooleanProperty notify = new SimpleBooleanProperty(true);
    private final IsolationFields isolation = new IsolationFields();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper triggerSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workDirHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** False until the user edits a field or presses Save: a form just opened is not scolded for being empty. */
    private final ReadOnlyBooleanWrapper problemsShown = new ReadOnlyBooleanWrapper();
    private long suggestionRequest;
    private final AlertsHint alertsHint;

    TaskEditorViewModel(TaskPaneServices services, BackgroundExecutor background, EditorSetup setup) {
        this.services = services;
        this.background = background;
        this.clock = services.clock();
        this.alertsHint = new AlertsHint(background);
        this.cron = new CronFieldModel(clock);
        this.projects = FXCollections.observableArrayList(setup.projects());
        this.projects.addFirst(new Choice(null, "No project", "starts in your home folder"));
        this.rules = services.tasks().rules().withProjectFolders(id -> projects.stream()
                .filter(choice -> choice.id() != null && choice.id() == id && choice.detail() != null)
                .findFirst().map(choice -> Path.of(choice.detail())));
        this.environments = FXCollections.observableArrayList(setup.environments());
        this.environments.addFirst(new Choice(null, "None", "python3 from the PATH"));
        Task task = setup.task();
        this.taskId = task == null ? null : task.getId();
        this.stored = task;
        fill(task);
        if (task == null && setup.prefill() != null) {
            prefill(setup.prefill());
        }
        cron.zoneProperty().bind(zone);
        project.addListener((obs, old, now) -> projectChanged(now));
        projectChanged(project.get());
        for (Observable field : List.of(name, description, project, workDir, environment, command, useShell, triggerType,
                cron.textProperty(), intervalAmount, intervalUnit, anchorDate, anchorTime, onceDate, onceTime, zone,
                timeout, retries, retryDelay, backoff, priority, overlap, misfire, variables, tags, nodeLabels, enabled)) {
            field.addListener(changed -> edited());
        }
        isolation.observables().forEach(field -> field.addListener(changed -> edited()));
        isolation.load(background, services.isolation());
        revalidate();
    }

    private void fill(Task task) {
        ZonedDateTime now = clock.instant().atZone(ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES);
        anchorDate.set(now.toLocalDate());
        anchorTime.set(CLOCK.format(now));
        ZonedDateTime inAnHour = now.plusHours(1);
        onceDate.set(inAnHour.toLocalDate());
        onceTime.set(CLOCK.format(inAnHour));
        project.set(projects.getFirst());
        environment.set(environments.getFirst());
        if (task == null) {
            return;
        }
        name.set(task.getName());
        description.set(orEmpty(task.getDescription()));
        project.set(choice(projects, task.getProjectId()));
        workDir.set(orEmpty(task.getWorkDir()));
        environment.set(choice(environments, task.getEnvironmentId()));
        command.set(orEmpty(task.getCommand()));
        useShell.set(task.isUseShell());
        zone.set(orEmpty(task.getTimeZone()));
        ZoneId zoneId = safeZone(task.getTimeZone());
        triggerType.set(task.getTriggerType());
        cron.textProperty().set(orEmpty(task.getCronExpression()));
        if (task.getIntervalSeconds() != null && task.getIntervalSeconds() > 0) {
            IntervalUnit unit = IntervalUnit.largestFor(task.getIntervalSeconds());
            intervalUnit.set(unit);
            intervalAmount.set(Long.toString(task.getIntervalSeconds() / unit.seconds()));
        }
        if (task.getAnchorAt() != null) {
            ZonedDateTime anchor = task.getAnchorAt().atZone(zoneId);
            anchorDate.set(anchor.toLocalDate());
            anchorTime.set(clockText(anchor.toLocalDateTime()));
        }
        if (task.getRunAt() != null) {
            ZonedDateTime at = task.getRunAt().atZone(zoneId);
            onceDate.set(at.toLocalDate());
            onceTime.set(clockText(at.toLocalDateTime()));
        }
        timeout.set(task.getTimeoutSeconds() == null ? "" : Durations.format(Duration.ofSeconds(task.getTimeoutSeconds())));
        retries.set(task.getRetries());
        retryDelay.set(task.getRetryDelaySeconds() <= 0 ? "" : Durations.format(Duration.ofSeconds(task.getRetryDelaySeconds())));
        backoff.set(task.getRetryBackoff());
        priority.set(PriorityLevel.of(task.getPriority()));
        overlap.set(task.getOverlapPolicy());
        misfire.set(task.getMisfirePolicy());
        storedVariables(task).forEach(variable -> variables.add(new VariableRow(variable.name(), variable.value())));
        tags.set(task.getTags() == null ? "" : task.getTags().replace(",", ", "));
        nodeLabels.set(task.getNodeLabels() == null ? "" : task.getNodeLabels().replace(",", ", "));
        enabled.set(task.isEnabled());
        notify.set(task.isNotify());
        isolation.fill(task);
    }

    private void prefill(TaskPrefill values) {
        name.set(orEmpty(values.name()));
        project.set(choice(projects, values.projectId()));
        environment.set(choice(environments, values.environmentId()));
        command.set(orEmpty(values.command()));
        triggerType.set(TriggerType.MANUAL); // saved as it opens; the user picks a schedule when they want one
    }

    private Task withNotify(Task task) {
        task.setNotify(notify.get());
        return task;
    }

    /** The fields as typed, for validation and saving. */
    public TaskForm form() {
        return new TaskForm(name.get(), description.get(), idOf(project.get()), workDir.get(), idOf(environment.get()),
                command.get(), useShell.get(), triggerType.get(), cron.textProperty().get(), intervalAmount.get(),
                intervalUnit.get(), anchorDate.get(), anchorTime.get(), onceDate.get(), onceTime.get(), zone.get(),
                timeout.get(), retries.get(), retryDelay.get(), backoff.get(),
                priority.get() == null ? 1 : priority.get().value(), overlap.get(), misfire.get(),
                variables.stream().map(VariableRow::toVariable).toList(), tags.get(), nodeLabels.get(), enabled.get(),
                isolation.form());
    }

    private void edited() {
        problemsShown.set(true);
        revalidate();
    }

    private void revalidate() {
        TaskForm form = form();
        String found = null;
        List<String> warnings = List.of();
        try {
            Task task = form.applyTo(new Task());
            rules.check(task, stored);
            warnings = TaskRules.warnings(task);
        } catch (ValidationException e) {
            found = e.getMessage();
        }
        problem.set(found);
        message.set(found == null || !problemsShown.get() ? "" : found);
        warning.set(String.join("; ", warnings));
        triggerSummary.set(summary(form));
    }

    /** For interval and one-shot triggers: the rule in words and the next fire, in the task's zone. */
    private String summary(TaskForm form) {
        if (form.triggerType() == TriggerType.MANUAL) {
            return "Runs only when you click Run now (or run it from the command line).";
        }
        if (form.triggerType() == TriggerType.CRON) {
            return "";
        }
        try {
            Optional<Trigger> trigger = form.trigger();
            Optional<Instant> next = trigger.flatMap(t -> t.nextFireAfter(clock.instant()));
            ZoneId zoneId = safeZone(form.zone());
            return trigger.map(Trigger::describe).orElse("") + " · "
                    + next.map(at -> "next " + TimeText.fire(at, zoneId) + " (" + TimeText.relative(at, clock.instant()) + ")")
                    .orElse("already passed: it will not run");
        } catch (ValidationException e) {
            return "";
        }
    }

    private void projectChanged(Choice chosen) {
        Long projectId = chosen == null ? null : chosen.id();
        long id = taskId == null ? 0 : taskId;
        alertsHint.load(() -> services.alerts().forTask(id, projectId), "task");
        workDirHint.set(chosen == null || chosen.isNone() ? "Starts in your home folder unless you set a folder here"
                : "Inherits " + chosen.detail() + "; a relative folder here is read from it");
        long request = ++suggestionRequest;
        suggestions.clear();
        if (chosen == null || chosen.isNone()) {
            return;
        }
        background.run(() -> services.projects().list().stream().filter(found -> chosen.id().equals(found.getId())).findFirst()
                        .map(found -> services.projects().detect(found).suggestedCommands()).orElse(List.of()),
                found -> {
                    if (request == suggestionRequest) {
                        suggestions.setAll(found);
                    }
                },
                error -> { });
    }

    /** Creates or updates the task in the background; {@code onSaved} gets the stored task, an error shows in place. */
    public void save(Consumer<Task> onSaved) {
        if (!problemsShown.get()) {
            problemsShown.set(true);
            revalidate();
        }
        if (problem.get() != null || saving.get()) {
            return;
        }
        TaskForm form = form();
        saving.set(true);
        background.run(() -> {
            if (taskId == null) {
                return services.tasks().create(withNotify(form.applyTo(new Task())));
            }
            Task stored = services.tasks().find(taskId)
                    .orElseThrow(() -> new ValidationException("The task was deleted while you edited it"));
            return services.tasks().update(withNotify(form.applyTo(stored)));
        }, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, error -> {
            saving.set(false);
            message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }

    /** A value that is not a JSON object (written by hand) shows as no variables. */
    private static List<TaskVariables.Variable> storedVariables(Task task) {
        try {
            return TaskVariables.decode(task.getEnvironmentVariables());
        } catch (ValidationException e) {
            return List.of();
        }
    }

    public void addVariable() {
        variables.add(new VariableRow("", ""));
    }

    private static Choice choice(List<Choice> choices, Long id) {
        return choices.stream().filter(c -> java.util.Objects.equals(c.id(), id)).findFirst()
                .orElse(id == null ? choices.getFirst() : new Choice(id, "#" + id + " (missing)", null));
    }

    private static Long idOf(Choice choice) {
        return choice == null ? null : choice.id();
    }

    private static ZoneId safeZone(String id) {
        try {
            return Triggers.zone(id);
        } catch (ValidationException e) {
            return ZoneId.systemDefault();
        }
    }

    private static String clockText(LocalDateTime time) {
        return time.getSecond() == 0 ? CLOCK.format(time) : DateTimeFormatter.ofPattern("HH:mm:ss").format(time);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public boolean isNew() { return taskId == null; }
    public ObservableList<Choice> projects() { return projects; }
    public ObservableList<Choice> environments() { return environments; }
    public ObservableList<String> suggestions() { return suggestions; }
    public StringProperty nameProperty() { return name; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<Choice> projectProperty() { return project; }
    public StringProperty workDirProperty() { return workDir; }
    public ObjectProperty<Choice> environmentProperty() { return environment; }
    public StringProperty commandProperty() { return command; }
    public BooleanProperty useShellProperty() { return useShell; }
    public ObjectProperty<TriggerType> triggerTypeProperty() { return triggerType; }
    public CronFieldModel cron() { return cron; }
    public StringProperty intervalAmountProperty() { return intervalAmount; }
    public ObjectProperty<IntervalUnit> intervalUnitProperty() { return intervalUnit; }
    public ObjectProperty<java.time.LocalDate> anchorDateProperty() { return anchorDate; }
    public StringProperty anchorTimeProperty() { return anchorTime; }
    public ObjectProperty<java.time.LocalDate> onceDateProperty() { return onceDate; }
    public StringProperty onceTimeProperty() { return onceTime; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty timeoutProperty() { return timeout; }
    public IntegerProperty retriesProperty() { return retries; }
    public StringProperty retryDelayProperty() { return retryDelay; }
    public ObjectProperty<RetryBackoff> backoffProperty() { return backoff; }
    public ObjectProperty<PriorityLevel> priorityProperty() { return priority; }
    public ObjectProperty<OverlapPolicy> overlapProperty() { return overlap; }
    public ObjectProperty<MisfirePolicy> misfireProperty() { return misfire; }
    public ObservableList<VariableRow> variables() { return variables; }
    public StringProperty tagsProperty() { return tags; }
    /** The labels a node must carry to run the task, comma-separated; empty: any node. */
    public StringProperty nodeLabelsProperty() { return nodeLabels; }
    public BooleanProperty enabledProperty() { return enabled; }
    /** Desktop notifications for this task's failures and recoveries. */
    public BooleanProperty notifyProperty() { return notify; }
    /** Limits, sandbox and run conditions. */
    public IsolationFields isolation() { return isolation; }
    /** Null while the form is valid; else the first invalid field's message (shown or not yet). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** What the dialog shows under the form: the problem once the user edited or pressed Save, or why saving failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** What is allowed but probably not meant ("this schedule never fires (Feb 30)"); empty when nothing. */
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    /** "Alerts go to: ops-mail" or that no channel is told, for the task as saved with the chosen project. */
    public ReadOnlyStringProperty alertsProperty() { return alertsHint.textProperty(); }
    public ReadOnlyStringProperty triggerSummaryProperty() { return triggerSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty workDirHintProperty() { return workDirHint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** True once the user edited a field or pressed Save: from then on {@link #messageProperty()} names the problem. */
    public ReadOnlyBooleanProperty problemsShownProperty() { return problemsShown.getReadOnlyProperty(); }
}
