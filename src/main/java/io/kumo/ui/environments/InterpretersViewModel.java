package io.kumo.ui.environments;

import io.kumo.common.ValidationException;
import io.kumo.python.InterpreterInfo;
import io.kumo.python.InterpreterKind;
import io.kumo.python.InterpreterService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The interpreters environments can be made from: discovered on this machine and registered by path. Listing runs
 * every candidate once, so it is loaded on the first visit and on demand, not each time the pane shows.
 */
public final class InterpretersViewModel {

    /** Registered ones first (the user chose them), then the newest version first: the likely choice on top. */
    static final Comparator<InterpreterInfo> NEWEST_FIRST = Comparator
            .comparing((InterpreterInfo info) -> info.kind() != InterpreterKind.REGISTERED)
            .thenComparing(info -> versionKey(info.version()), Comparator.reverseOrder())
            .thenComparing(info -> info.path().toString());

    private final InterpreterService service;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<InterpreterInfo> interpreters = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public InterpretersViewModel(InterpreterService service, BackgroundExecutor background, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void loadOnce() {
        if (!loaded.get() && !loading.get()) {
            refresh();
        }
    }

    public void refresh() {
        loading.set(true);
        status.set("Looking for Python interpreters…");
        background.run(() -> service.list().stream().sorted(NEWEST_FIRST).toList(), found -> {
            interpreters.setAll(found);
            loading.set(false);
            loaded.set(true);
            status.set(found.isEmpty()
                    ? "No working Python interpreter found: install Python 3, or register one with Register interpreter…"
                    : found.size() + (found.size() == 1 ? " interpreter" : " interpreters") + " found");
        }, error -> {
            loading.set(false);
            status.set("Could not list the interpreters: " + error.getMessage());
            dialogs.showError("Could not list the Python interpreters", error);
        });
    }

    /** Probes the file and keeps it; a file that is no working interpreter is refused with the reason. */
    public void register(Path path) {
        status.set("Checking " + path + "…");
        background.run(() -> service.register(path), info -> {
            status.set("Registered Python " + info.summary() + " at " + info.path());
            refresh();
        }, error -> {
            status.set(error.getMessage());
            dialogs.showError(error instanceof ValidationException
                    ? "Could not register " + path : "Something went wrong registering " + path, error);
        });
    }

    public void unregister(InterpreterInfo interpreter) {
        if (interpreter == null || interpreter.kind() != InterpreterKind.REGISTERED) {
            return;
        }
        background.run(() -> {
            service.unregister(interpreter.path());
            return interpreter;
        }, removed -> {
            status.set("Unregistered " + removed.path());
            refresh();
        }, error -> {
            status.set(error.getMessage());
            dialogs.showError("Could not unregister " + interpreter.path(), error);
        });
    }

    /** "3.11.7" as "00003.00011.00007.", so versions sort by number ("3.9" before "3.10"); "rc1" parts count as 0. */
    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : (version == null ? "" : version).split("\\.")) {
            String digits = part.replaceFirst("^(\\d{0,5}).*$", "$1");
            key.append(String.format(Locale.ROOT, "%05d.", digits.isEmpty() ? 0 : Integer.parseInt(digits)));
        }
        return key.toString();
    }

    /** "3.11.7 · CPython x86_64 64-bit · pyenv" */
    public static String describe(InterpreterInfo info) {
        return info.version() + " · " + info.implementation() + " " + info.architecture() + " · " + info.kind().label();
    }

    public ObservableList<InterpreterInfo> interpreters() { return interpreters; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
