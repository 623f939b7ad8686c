package io.kumo.ui.settings;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.api.service.HookService;
import io.kumo.common.ValidationException;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.KeyedRows;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/** Trigger URLs of tasks and workflows: listed (never their secret), created (the secret handed over once), removed. */
public final class ApiHooksModel {

    /** What a new trigger can start, by name. */
    public record Targets(List<String> tasks, List<String> workflows) {
        public List<String> of(HookTarget.Kind kind) {
            return kind == HookTarget.Kind.TASK ? tasks : workflows;
        }
    }

    private final HookService hooks;
    private final Supplier<List<String>> taskNames;
    private final Supplier<List<String>> workflowNames;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final KeyedRows<HookTrigger> table = new KeyedRows<>(HookTrigger::publicId);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StatusLine status = new StatusLine();

    public ApiHooksModel(HookService hooks, Supplier<List<String>> taskNames, Supplier<List<String>> workflowNames,
                         BackgroundExecutor background, DialogService dialogs) {
        this.hooks = hooks;
        this.taskNames = taskNames;
        this.workflowNames = workflowNames;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void refresh() {
        background.run(hooks::list, list -> table.show(list, null),
                error -> status.bad("Could not list the trigger URLs: " + error.getMessage()));
    }

    /** The tasks and workflows a trigger can start, sorted by name, for the New trigger dialog. */
    public void loadTargets(Consumer<Targets> loaded) {
        background.run(() -> new Targets(taskNames.get().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                        workflowNames.get().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()), loaded,
                error -> status.bad("Could not list the tasks and workflows: " + error.getMessage()));
    }

    /** Creates the trigger; {@code created} gets its secret to show this once, {@code refused} why not. */
    public void create(HookTarget.Kind kind, String targetName, Consumer<CreatedHook> created, Consumer<String> refused) {
        busy.set(true);
        background.run(() -> {
            CreatedHook made = hooks.create(kind, targetName);
            return new Made(made, hooks.list());
        }, made -> {
            busy.set(false);
            table.show(made.list(), made.hook().hook().publicId());
            status.good("Created a trigger URL for " + targetName);
            created.accept(made.hook());
        }, error -> {
            busy.set(false);
            refused.accept(error.getMessage());
            if (!(error instanceof ValidationException)) {
                dialogs.showError("Could not create a trigger URL for " + targetName, error);
            }
        });
    }

    private record Made(CreatedHook hook, List<HookTrigger> list) {
    }

    /** Removes the selected trigger after the user confirms: its URL answers 404 from then on. */
    public void remove() {
        HookTrigger hook = table.selected();
        if (hook == null || !dialogs.confirm("Remove the trigger URL of " + hook.target().name() + "?",
                "Calls to " + hook.path() + " are refused from now on. This cannot be undone.", "Remove")) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            hooks.remove(hook.publicId());
            return hooks.list();
        }, list -> {
            busy.set(false);
            table.show(list, null);
            status.good("Removed the trigger URL of " + hook.target().name());
        }, error -> {
            busy.set(false);
            status.bad("Not removed: " + error.getMessage());
        });
    }



    public ObservableList<HookTrigger> rows() { return table.rows(); }
    public ReadOnlyObjectProperty<HookTrigger> selectedProperty() { return table.selectedProperty(); }

    public void select(HookTrigger hook) {
        table.select(hook);
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StatusLine status() { return status; }
}
