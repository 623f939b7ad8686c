package io.kumo.ui.tasks;

import io.kumo.domain.ByteSize;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.isolation.IsolationStatus;
import io.kumo.service.IsolationText;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editor's limits, sandbox and conditions: one property per field, the Settings defaults as prompts and a note
 * when the chosen sandbox cannot be used here (both loaded in the background).
 */
public final class IsolationFields {

    private final StringProperty memory = new SimpleStringProperty("");
    private final StringProperty cpu = new SimpleStringProperty("");
    private final StringProperty processes = new SimpleStringProperty("");
    private final StringProperty openFiles = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final ObjectProperty<SandboxMode> sandbox = new SimpleObjectProperty<>(SandboxMode.NONE);
    private final StringProperty image = new SimpleStringProperty("");
    private final BooleanProperty network = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyOnAc = new SimpleBooleanProperty();
    private final BooleanProperty onlyOnline = new SimpleBooleanProperty();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty idle = new SimpleStringProperty("");
    private final BooleanProperty notMetered = new SimpleBooleanProperty();
    private final StringProperty waitFor = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper memoryDefault = new ReadOnlyStringWrapper("default: none");
    private final ReadOnlyStringWrapper cpuDefault = new ReadOnlyStringWrapper("default: none");
    private final ReadOnlyStringWrapper processesDefault = new ReadOnlyStringWrapper("default: none");
    private final ReadOnlyStringWrapper openFilesDefault = new ReadOnlyStringWrapper("default: none");
    private final ReadOnlyStringWrapper outputDefault = new ReadOnlyStringWrapper("default: none");
    private final ReadOnlyStringWrapper sandboxNote = new ReadOnlyStringWrapper("");
    private IsolationStatus status;

    IsolationFields() {
        sandbox.addListener((obs, old, now) -> noteSandbox());
    }

    void fill(Task task) {
        ResourceLimits limits = task.getLimits();
        memory.set(limits.memoryBytes() == null ? "" : ByteSize.compact(limits.memoryBytes()));
        cpu.set(limits.cpuPercent() == null ? "" : limits.cpuPercent() + "%");
        processes.set(limits.maxProcesses() == null ? "" : limits.maxProcesses().toString());
        openFiles.set(limits.maxOpenFiles() == null ? "" : limits.maxOpenFiles().toString());
        output.set(limits.maxOutputBytes() == null ? "" : ByteSize.compact(limits.maxOutputBytes()));
        Sandbox given = task.getSandbox();
        sandbox.set(given.mode());
        image.set(given.image() == null ? "" : given.image());
        network.set(given.network());
        RunConditions conditions = task.getConditions();
        onlyOnAc.set(conditions.onlyOnAc());
        onlyOnline.set(conditions.onlyOnline());
        host.set(conditions.reachableHost() == null ? "" : conditions.reachableHost());
        idle.set(IsolationText.duration(conditions.idleSeconds()));
        notMetered.set(conditions.notMetered());
        waitFor.set(IsolationText.duration(conditions.waitSeconds()));
    }

    /** Reads the defaults and this machine's sandboxes in the background; the prompts and the note follow. */
    void load(BackgroundExecutor background, IsolationLookup lookup) {
        background.run(() -> new Loaded(lookup.defaults().get(), lookup.status().get()), loaded -> {
            ResourceLimits defaults = loaded.defaults();
            memoryDefault.set(prompt(defaults.memoryBytes(), ByteSize::compact));
            cpuDefault.set(prompt(defaults.cpuPercent(), percent -> percent + "%"));
            processesDefault.set(prompt(defaults.maxProcesses(), String::valueOf));
            openFilesDefault.set(prompt(defaults.maxOpenFiles(), String::valueOf));
            outputDefault.set(prompt(defaults.maxOutputBytes(), ByteSize::compact));
            status = loaded.status();
            noteSandbox();
        }, error -> sandboxNote.set("Could not check this machine's sandboxes: " + error.getMessage()));
    }

    private record Loaded(ResourceLimits defaults, IsolationStatus status) {
    }

    private static <T> String prompt(T value, Function<T, String> text) {
        return "default: " + (value == null ? "none" : text.apply(value));
    }

    private void noteSandbox() {
        String reason = status == null || sandbox.get() == null ? null : status.unavailableReason(sandbox.get());
        sandboxNote.set(reason == null ? "" : "Not available on this machine: " + reason);
    }

    IsolationForm form() {
        return new IsolationForm(memory.get(), cpu.get(), processes.get(), openFiles.get(), output.get(),
                sandbox.get() == null ? SandboxMode.NONE : sandbox.get(), image.get(), network.get(), onlyOnAc.get(),
                onlyOnline.get(), host.get(), idle.get(), notMetered.get(), waitFor.get());
    }

    /** Whether anything differs from no limits, no sandbox and no conditions (the sections open when so). */
    public boolean limitsOrSandboxSet() {
        return !memory.get().isBlank() || !cpu.get().isBlank() || !processes.get().isBlank() || !openFiles.get().isBlank()
                || !output.get().isBlank() || sandbox.get() != SandboxMode.NONE;
    }

    public boolean conditionsSet() {
        return onlyOnAc.get() || onlyOnline.get() || !host.get().isBlank() || !idle.get().isBlank() || notMetered.get();
    }

    List<Observable> observables() {
        return List.of(memory, cpu, processes, openFiles, output, sandbox, image, network, onlyOnAc, onlyOnline, host, idle,
                notMetered, waitFor);
    }

    public StringProperty memoryProperty() { return memory; }
    public StringProperty cpuProperty() { return cpu; }
    public StringProperty processesProperty() { return processes; }
    public StringProperty openFilesProperty() { return openFiles; }
    public StringProperty outputProperty() { return output; }
    public ObjectProperty<SandboxMode> sandboxProperty() { return sandbox; }
    public StringProperty imageProperty() { return image; }
    public BooleanProperty networkProperty() { return network; }
    public BooleanProperty onlyOnAcProperty() { return onlyOnAc; }
    public BooleanProperty onlyOnlineProperty() { return onlyOnline; }
    public StringProperty hostProperty() { return host; }
    public StringProperty idleProperty() { return idle; }
    public BooleanProperty notMeteredProperty() { return notMetered; }
    public StringProperty waitForProperty() { return waitFor; }
    public ReadOnlyStringProperty memoryDefaultProperty() { return memoryDefault.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cpuDefaultProperty() { return cpuDefault.getReadOnlyProperty(); }
    public ReadOnlyStringProperty processesDefaultProperty() { return processesDefault.getReadOnlyProperty(); }
    public ReadOnlyStringProperty openFilesDefaultProperty() { return openFilesDefault.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outputDefaultProperty() { return outputDefault.getReadOnlyProperty(); }
    /** Why the chosen sandbox cannot be used on this machine; empty when it can (or is not known yet). */
    public ReadOnlyStringProperty sandboxNoteProperty() { return sandboxNote.getReadOnlyProperty(); }
}
