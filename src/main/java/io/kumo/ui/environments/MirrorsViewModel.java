package io.kumo.ui.environments;

import io.kumo.common.ValidationException;
import io.kumo.python.MirrorProbe;
import io.kumo.python.MirrorService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ordered package indexes pip installs from: add, remove, reorder, enable, trust, and test that a URL serves a
 * package index. Refusals (a URL that is not http(s), one already listed) show in the status line.
 */
public final class MirrorsViewModel {

    /** The last status, good or not. */
    public enum Tone { NEUTRAL, GOOD, BAD }

    private final MirrorService service;
    private final Supplier<MirrorProbe> probe;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<MirrorItem> mirrors = FXCollections.observableArrayList();
    private final ObjectProperty<MirrorItem> selected = new SimpleObjectProperty<>();
    private final StringProperty newUrl = new SimpleStringProperty("");
    private final BooleanProperty newTrusted = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private boolean replacing;

    public MirrorsViewModel(MirrorService service, Supplier<MirrorProbe> probe, BackgroundExecutor background,
                            DialogService dialogs) {
        this.service = service;
        this.probe = probe;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void refresh() {
        background.run(this::snapshot, this::show, error -> dialogs.showError("Could not list the mirrors", error));
    }

    public void add() {
        String url = newUrl.get() == null ? "" : newUrl.get().strip();
        boolean trusted = newTrusted.get();
        change(() -> service.add(url, null, trusted), url, "Added " + url, () -> {
            newUrl.set("");
            newTrusted.set(false);
        });
    }

    public void remove() {
        MirrorItem mirror = selected.get();
        if (mirror != null) {
            change(() -> {
                service.remove(mirror.url());
                return null;
            }, null, "Removed " + mirror.url(), () -> { });
        }
    }

    /** Moves the selected mirror up (negative) or down (positive); it stays selected. */
    public void move(int offset) {
        MirrorItem mirror = selected.get();
        if (mirror != null) {
            change(() -> {
                service.move(mirror.url(), offset);
                return null;
            }, mirror.url(), "Moved " + mirror.url(), () -> { });
        }
    }

    public void setEnabled(MirrorItem mirror, boolean enabled) {
        change(() -> {
            service.setEnabled(mirror.url(), enabled);
            return null;
        }, mirror.url(), (enabled ? "Enabled " : "Disabled ") + mirror.url(), () -> { });
    }

    public void setTrusted(MirrorItem mirror, boolean trusted) {
        change(() -> {
            service.setTrusted(mirror.url(), trusted);
            return null;
        }, mirror.url(), mirror.url() + (trusted ? " is trusted" : " is no longer trusted"), () -> { });
    }

    /** Tests the selected mirror, or the URL typed in the add field when none is selected. */
    public void test() {
        String url = selected.get() != null ? selected.get().url() : newUrl.get();
        if (url == null || url.isBlank()) {
            report(Tone.BAD, "Select a mirror or type its URL to test it");
            return;
        }
        busy.set(true);
        report(Tone.NEUTRAL, "Testing " + url + "…");
        background.run(() -> probe.get().test(url), result -> {
            busy.set(false);
            report(result.ok() ? Tone.GOOD : Tone.BAD, result.message());
        }, error -> {
            busy.set(false);
            report(Tone.BAD, error.getMessage());
            dialogs.showError("Could not test " + url, error);
        });
    }

    /** Selection from the table; ignored while the list itself is being replaced. */
    public void select(MirrorItem mirror) {
        if (!replacing) {
            selected.set(mirror);
        }
    }

    private <T> void change(Callable<T> work, String keepSelected, String done, Runnable onSuccess) {
        busy.set(true);
        background.run(() -> {
            work.call();
            return snapshot();
        }, list -> {
            busy.set(false);
            onSuccess.run();
            report(Tone.NEUTRAL, done);
            show(list, keepSelected);
        }, error -> {
            busy.set(false);
            report(Tone.BAD, error.getMessage());
            if (!(error instanceof ValidationException)) {
                dialogs.showError("Could not change the mirrors", error);
            }
            refresh();
        });
    }

    private List<MirrorItem> snapshot() {
        List<io.kumo.domain.PypiMirror> ordered = service.list();
        return IntStream.range(0, ordered.size()).mapToObj(i -> MirrorItem.of(ordered.get(i), i)).toList();
    }

    private void show(List<MirrorItem> list) {
        show(list, selected.get() == null ? null : selected.get().url());
    }

    private void show(List<MirrorItem> list, String keepSelected) {
        replacing = true;
        mirrors.setAll(list);
        replacing = false;
        selected.set(list.stream().filter(mirror -> mirror.url().equals(keepSelected)).findFirst().orElse(null));
    }

    private void report(Tone newTone, String message) {
        tone.set(newTone);
        status.set(message);
    }

    public ObservableList<MirrorItem> mirrors() { return mirrors; }
    public ReadOnlyObjectProperty<MirrorItem> selectedProperty() { return selected; }
    public StringProperty newUrlProperty() { return newUrl; }
    public BooleanProperty newTrustedProperty() { return newTrusted; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Tone> toneProperty() { return tone.getReadOnlyProperty(); }
}
