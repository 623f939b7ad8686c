package io.kumo.ui.environments;

import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.EnvironmentService;
import io.kumo.python.PythonServices;
import io.kumo.service.AuditedRepository;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.UiThread;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The Environments pane's state: the environments and the selected one, its actions (create, use an interpreter,
 * check, reset, delete), and the sub-models for packages, interpreters, mirrors and the operation console. Whatever
 * changes the environments (this pane, the command line) refreshes the list while the pane is shown.
 */
public final class EnvironmentsViewModel {

    private final EnvironmentService environments;
    private final AuditedRepository<PythonEnvironment> repository;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ConsoleModel console = new ConsoleModel();
    private final OperationModel operation;
    private final PackagesViewModel packages;
    private final InterpretersViewModel interpreters;
    private final MirrorsViewModel mirrors;
    private final ObservableList<EnvironmentItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EnvironmentItem> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper condaAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper condaNote = new ReadOnlyStringWrapper("Looking for conda…");
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AuditedRepository.ChangeListener<PythonEnvironment> changeListener = (environment, deleted) -> refreshSoon();
    private final BooleanBinding canCheck;
    private final BooleanBinding canReset;
    private final BooleanBinding canDelete;
    private NewEnvironmentRequest draft;
    private String selectWhenListed;
    private boolean replacing;
    private boolean active;

    public EnvironmentsViewModel(PythonServices python, AuditedRepository<PythonEnvironment> repository,
                                 BackgroundExecutor background, DialogService dialogs) {
        this.environments = python.environments();
        this.repository = repository;
        this.background = background;
        this.dialogs = dialogs;
        this.operation = new OperationModel(background, dialogs, console);
        this.packages = new PackagesViewModel(python.packages(), environments, background, dialogs, operation);
        this.interpreters = new InterpretersViewModel(python.interpreters(), background, dialogs);
        this.mirrors = new MirrorsViewModel(python.mirrors(), python.mirrorProbe(), background, dialogs);
        selected.addListener((obs, old, now) -> packages.show(now));
        var idle = operation.runningProperty().not();
        canCheck = selectedMatches(item -> !item.busy()).and(idle);
        canReset = selectedMatches(EnvironmentItem::stuck).and(idle);
        canDelete = selectedMatches(item -> !item.busy()).and(idle);
    }

    /** The pane is shown: follow environment changes, and load what is not loaded yet. */
    public void activate() {
        active = true;
        repository.addListener(changeListener);
        refresh();
        interpreters.loadOnce();
        mirrors.refresh();
        loadCondaTool();
    }

    public void deactivate() {
        active = false;
        repository.removeListener(changeListener);
    }

    /** The Refresh button: environments, interpreters (probed again), mirrors, conda. */
    public void refreshAll() {
        refresh();
        interpreters.refresh();
        mirrors.refresh();
        loadCondaTool();
        packages.reload();
    }

    public void refresh() {
        background.run(() -> environments.list().stream()
                        .map(environment -> EnvironmentItem.of(environment, environments.isBusy(environment))).toList(),
                this::show, error -> dialogs.showError("Could not list the environments", error));
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(300));
                delay.setOnFinished(event -> {
                    refreshPending.set(false);
                    if (active) {
                        refresh();
                    }
                });
                delay.play();
            });
        }
    }

    private void show(List<EnvironmentItem> list) {
        String keep = selectWhenListed != null && list.stream().anyMatch(item -> item.name().equals(selectWhenListed))
                ? selectWhenListed : selected.get() == null ? null : selected.get().name();
        if (keep != null && keep.equals(selectWhenListed)) {
            selectWhenListed = null;
        }
        replacing = true;
        items.setAll(list);
        replacing = false;
        selected.set(list.stream().filter(item -> item.name().equals(keep)).findFirst().orElse(null));
        loaded.set(true);
    }

    /** Selection from the list; ignored while the list itself is being replaced. */
    public void select(EnvironmentItem item) {
        if (!replacing) {
            selected.set(item);
        }
    }

    private void loadCondaTool() {
        background.run(environments::condaTool, tool -> {
            condaAvailable.set(tool.isPresent());
            condaNote.set(tool.map(found -> "Uses " + found.executable())
                    .orElse("conda environments need conda, mamba or micromamba, and none was found on this machine. "
                            + "Install Miniforge (or micromamba), then click Refresh."));
        }, error -> {
            condaAvailable.set(false);
            condaNote.set("Could not look for conda: " + error.getMessage());
        });
    }

    /** Creates a venv or conda environment, streaming into the console; cancellable. */
    public void create(NewEnvironmentRequest request) {
        draft = request;
        String name = request.name() == null ? "" : request.name().strip();
        selectWhenListed = name;
        operation.start("Create environment '" + name + "'", true, (output, cancellation) ->
                request.kind() == EnvironmentKind.CONDA
                        ? environments.createConda(name, request.pythonVersion(), output, cancellation)
                        : environments.createVenv(name, request.interpreter(), output, cancellation),
                created -> {
                    draft = null;
                    return OperationModel.Done.ok("Environment '" + created.getName() + "' is ready (Python "
                            + created.getPythonVersion() + ")");
                }, this::refresh);
    }

    /** Uses an existing interpreter as an environment, as it is. */
    public void useInterpreter(UseInterpreterRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        selectWhenListed = name;
        operation.start("Use " + request.interpreter() + " as '" + name + "'", false, (output, cancellation) ->
                environments.useInterpreter(name, request.interpreter(), request.allowPackageChanges()),
                added -> OperationModel.Done.ok("'" + added.getName() + "' uses " + added.getInterpreterPath()
                        + (added.isPackagesWritable() ? "; its packages may be changed" : "; its packages are read-only")),
                this::refresh);
    }

    public void checkHealth() {
        EnvironmentItem item = selected.get();
        if (item != null) {
            operation.start("Check '" + item.name() + "'", false,
                    (output, cancellation) -> environments.check(environments.find(item.name())),
                    report -> report.healthy() ? OperationModel.Done.ok("'" + item.name() + "' works: " + report.message())
                            : OperationModel.Done.problem("'" + item.name() + "' is broken: " + report.message()),
                    this::refreshAndPackages);
        }
    }

    /** For CREATING or DELETING left by a crash: the interpreter decides between READY and BROKEN. */
    public void reset() {
        EnvironmentItem item = selected.get();
        if (item != null) {
            operation.start("Reset '" + item.name() + "'", false,
                    (output, cancellation) -> environments.reset(environments.find(item.name())),
                    report -> report.healthy() ? OperationModel.Done.ok("'" + item.name() + "' is ready: " + report.message())
                            : OperationModel.Done.problem("'" + item.name() + "' is broken: " + report.message()),
                    this::refreshAndPackages);
        }
    }

    /** Asks first; refused (with the tasks named) while tasks use it. */
    public void delete() {
        EnvironmentItem item = selected.get();
        if (item == null || !dialogs.confirm("Delete environment '" + item.name() + "'?", item.isSystem()
                ? "Kumo forgets this environment. The interpreter " + item.interpreterPath() + " and its packages stay as they are."
                : "Its folder " + item.location() + " is deleted with every package installed in it.", "Delete")) {
            return;
        }
        operation.start("Delete environment '" + item.name() + "'", false, (output, cancellation) -> {
            environments.delete(environments.find(item.name()));
            return item;
        }, deleted -> OperationModel.Done.ok("Deleted environment '" + deleted.name() + "'"), this::refresh);
    }

    /**
     * For the interpreter used as is: allowing changes asks first, since pip could break the system's own tools.
     *
     * @return false when nothing changes (the user said no)
     */
    public boolean setPackagesWritable(boolean writable) {
        EnvironmentItem item = selected.get();
        if (item == null || item.packagesWritable() == writable) {
            return false;
        }
        if (writable && !dialogs.confirm("Allow package changes in '" + item.name() + "'?",
                "Installing or removing packages in " + item.interpreterPath() + " changes that interpreter for every "
                        + "program that uses it, and can break tools of your operating system. A venv is the safe choice.",
                "Allow changes")) {
            return false;
        }
        background.run(() -> environments.setPackagesWritable(environments.find(item.name()), writable),
                changed -> refresh(), error -> {
                    dialogs.showError("Could not change '" + item.name() + "'", error);
                    refresh();
                });
        return true;
    }

    private void refreshAndPackages() {
        refresh();
        packages.reload();
    }

    private BooleanBinding selectedMatches(java.util.function.Predicate<EnvironmentItem> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()), selected);
    }

    /** What the "New environment" dialog reopens with after a refusal; empty after a success. */
    public Optional<NewEnvironmentRequest> draft() {
        return Optional.ofNullable(draft);
    }

    public ObservableList<EnvironmentItem> environments() { return items; }
    public ReadOnlyObjectProperty<EnvironmentItem> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty condaAvailableProperty() { return condaAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty condaNoteProperty() { return condaNote.getReadOnlyProperty(); }
    public BooleanBinding canCheckProperty() { return canCheck; }
    public BooleanBinding canResetProperty() { return canReset; }
    public BooleanBinding canDeleteProperty() { return canDelete; }
    public ConsoleModel console() { return console; }
    public OperationModel operation() { return operation; }
    public PackagesViewModel packages() { return packages; }
    public InterpretersViewModel interpreters() { return interpreters; }
    public MirrorsViewModel mirrors() { return mirrors; }
}
