package io.kumo.ui.environments;

import io.kumo.ui.common.DisplayNames;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.python.EnvironmentService;
import io.kumo.python.InstalledPackage;
import io.kumo.python.PackageService;
import io.kumo.python.ToolOutput;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The packages of the selected environment: listed in the background, filtered by name, and changed (install,
 * upgrade, uninstall, requirements file) through the pane's one running operation, after which the list reloads.
 */
public final class PackagesViewModel {

    private final PackageService packages;
    private final EnvironmentService environments;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final OperationModel operation;
    private final ReadOnlyObjectWrapper<EnvironmentItem> environment = new ReadOnlyObjectWrapper<>();
    private final ObservableList<InstalledPackage> all = FXCollections.observableArrayList();
    private final FilteredList<InstalledPackage> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty installSpecs = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final BooleanBinding canChange;
    private final BooleanBinding canInstall;
    private final BooleanBinding canExport;
    private long generation;

    public PackagesViewModel(PackageService packages, EnvironmentService environments, BackgroundExecutor background,
                             DialogService dialogs, OperationModel operation) {
        this.packages = packages;
        this.environments = environments;
        this.background = background;
        this.dialogs = dialogs;
        this.operation = operation;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(filter.get()), filter));
        canChange = Bindings.createBooleanBinding(() -> {
            EnvironmentItem item = environment.get();
            return item != null && item.ready() && item.packagesWritable() && !operation.runningProperty().get();
        }, environment, operation.runningProperty());
        canInstall = canChange.and(Bindings.createBooleanBinding(() -> !specs().isEmpty(), installSpecs));
        canExport = Bindings.createBooleanBinding(() -> environment.get() != null && environment.get().ready()
                && !operation.runningProperty().get(), environment, operation.runningProperty());
        filter.addListener((obs, old, now) -> updatePlaceholder());
    }

    /** Follows the selected environment; the list reloads when it is another one or its state changed. */
    public void show(EnvironmentItem item) {
        EnvironmentItem old = environment.get();
        environment.set(item);
        if (item == null || !item.ready()) {
            generation++;
            all.clear();
            loading.set(false);
            updatePlaceholder();
        } else if (old == null || !old.name().equals(item.name()) || old.state() != item.state()) {
            reload();
        }
    }

    public void reload() {
        EnvironmentItem item = environment.get();
        if (item == null || !item.ready()) {
            return;
        }
        long asked = ++generation;
        loading.set(true);
        updatePlaceholder();
        background.run(() -> packages.list(environments.find(item.name())), list -> {
            if (asked == generation) {
                all.setAll(list);
                loading.set(false);
                updatePlaceholder();
            }
        }, error -> {
            if (asked == generation) {
                all.clear();
                loading.set(false);
                placeholder.set("The packages could not be listed: " + error.getMessage());
                dialogs.showError("Could not list the packages of '" + item.name() + "'", error);
            }
        });
    }

    /** Installs the whitespace-separated specs typed in the install field. */
    public void install() {
        List<String> specs = specs();
        change("Install " + String.join(" ", specs), true, (env, output, cancellation) ->
                packages.install(env, specs, output, cancellation), "Installed " + String.join(", ", specs), () -> installSpecs.set(""));
    }

    public void upgrade(List<InstalledPackage> selected) {
        List<String> names = names(selected);
        if (!names.isEmpty()) {
            change("Upgrade " + String.join(", ", names), true, (env, output, cancellation) ->
                    packages.upgrade(env, names, output, cancellation), "Upgraded " + String.join(", ", names), () -> { });
        }
    }

    public void uninstall(List<InstalledPackage> selected) {
        List<String> names = names(selected);
        EnvironmentItem item = environment.get();
        if (names.isEmpty() || item == null || !dialogs.confirm(
                "Uninstall " + (names.size() == 1 ? names.getFirst() : names.size() + " packages") + "?",
                "pip removes " + String.join(", ", names) + " from '" + item.name() + "'. Scripts and packages "
                        + "that import " + (names.size() == 1 ? "it" : "them") + " stop working.", "Uninstall")) {
            return;
        }
        change("Uninstall " + String.join(", ", names), true, (env, output, cancellation) ->
                packages.uninstall(env, names, output, cancellation), "Uninstalled " + String.join(", ", names), () -> { });
    }

    public void installRequirements(Path file) {
        change("Install the requirements of " + file.getFileName(), true, (env, output, cancellation) ->
                packages.installRequirements(env, file, output, cancellation), "Installed the requirements of " + file, () -> { });
    }

    /** Writes {@code pip freeze} to a file; reading needs no write permission, so read-only environments may too. */
    public void exportFreeze(Path target) {
        EnvironmentItem item = environment.get();
        if (item == null) {
            return;
        }
        operation.start("Export the requirements of '" + item.name() + "'", false,
                (output, cancellation) -> packages.exportFreeze(environments.find(item.name()), target),
                count -> OperationModel.Done.ok("Wrote " + count + (count == 1 ? " requirement" : " requirements")
                        + " to " + target), () -> { });
    }

    @FunctionalInterface
    private interface Change {
        void apply(PythonEnvironment environment, ToolOutput output, Cancellation cancellation);
    }

    private void change(String what, boolean cancellable, Change change, String done, Runnable onSuccess) {
        EnvironmentItem item = environment.get();
        if (item == null) {
            return;
        }
        operation.start(what + " in '" + item.name() + "'", cancellable, (output, cancellation) -> {
            change.apply(environments.find(item.name()), output, cancellation);
            return item;
        }, changed -> {
            onSuccess.run();
            return OperationModel.Done.ok(done + " in '" + changed.name() + "'");
        }, reloadIfStillShown(item));
    }

    private Runnable reloadIfStillShown(EnvironmentItem item) {
        return () -> {
            EnvironmentItem shown = environment.get();
            if (shown != null && shown.name().equals(item.name())) {
                reload();
            }
        };
    }

    private List<String> specs() {
        String text = installSpecs.get();
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split("\\s+")).toList();
    }

    private static List<String> names(List<InstalledPackage> selected) {
        return selected == null ? List.of() : selected.stream().filter(Objects::nonNull).map(InstalledPackage::name).toList();
    }

    private static Predicate<InstalledPackage> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? p -> true : p -> p.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updatePlaceholder() {
        EnvironmentItem item = environment.get();
        String text;
        if (item == null) {
            text = "Select an environment to see its packages.";
        } else if (!item.ready()) {
            text = "Packages are listed once '" + item.name() + "' is ready (it is "
                    + DisplayNames.of(item.state()).toLowerCase(Locale.ROOT) + ").";
        } else if (loading.get()) {
            text = "Listing the packages…";
        } else if (all.isEmpty()) {
            text = "No packages installed in '" + item.name() + "'.";
        } else {
            text = "No package name contains '" + filter.get().strip() + "'.";
        }
        placeholder.set(text);
    }

    public ReadOnlyObjectProperty<EnvironmentItem> environmentProperty() { return environment.getReadOnlyProperty(); }
    public ObservableList<InstalledPackage> visiblePackages() { return visible; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty installSpecsProperty() { return installSpecs; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    /** Packages may change: a ready environment whose packages are writable, and nothing else running. */
    public BooleanBinding canChangeProperty() { return canChange; }
    public BooleanBinding canInstallProperty() { return canInstall; }
    /** Export needs a ready environment only: reading the packages changes nothing. */
    public BooleanBinding canExportProperty() { return canExport; }
}
