package io.kumo.ui.insights.errors;

import io.kumo.insights.errors.ErrorGroup;
import io.kumo.insights.errors.ErrorGroupDetail;
import io.kumo.insights.errors.ErrorGroupQuery;
import io.kumo.insights.errors.ErrorGroups;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Errors tab's state: the groups of the chosen window, the selected group's detail (its full message, recent runs
 * and where it is in a project), read on the background executor; an answer to an older question is dropped.
 */
public final class ErrorsViewModel {

    /** The windows the tab offers. */
    public enum Window {
        DAY("24 hours", Duration.ofHours(24)), WEEK("7 days", Duration.ofDays(7)), MONTH("30 days", Duration.ofDays(30)),
        ALL("All time", null);

        private final String label;
        private final Duration length;

        Window(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public String label() {
            return label;
        }

        Instant since(Instant now) {
            return length == null ? null : now.minus(length);
        }
    }

    private final ErrorGroups groups;
    private final EditorTargets targets;
    private final Consumer<EditorTarget> openInEditor;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(Window.WEEK);
    private final ObservableList<ErrorGroup> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ErrorGroup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ErrorGroupDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EditorTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long asked;
    private long askedDetail;

    public ErrorsViewModel(ErrorGroups groups, EditorTargets targets, Consumer<EditorTarget> openInEditor,
                           BackgroundExecutor background, Clock clock) {
        this.groups = groups;
        this.targets = targets;
        this.openInEditor = openInEditor;
        this.background = background;
        this.clock = clock;
        window.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> loadDetail(now));
    }

    /** Reads the window's groups again, keeping the selection when its group is still there. */
    public void refresh() {
        long question = ++asked;
        Instant now = clock.instant();
        ErrorGroupQuery query = new ErrorGroupQuery(window.get().since(now), null, null, clock.getZone());
        background.run(() -> groups.groups(query, now), found -> {
            if (question == asked) {
                show(found);
            }
        }, error -> {
            if (question == asked) {
                status.set("Could not read the error groups: " + error.getMessage());
                loaded.set(true);
            }
        });
    }

    private void show(List<ErrorGroup> found) {
        String keep = selected.get() == null ? null : selected.get().fingerprint();
        rows.setAll(found);
        status.set("");
        loaded.set(true);
        selected.set(found.stream().filter(group -> group.fingerprint().equals(keep)).findFirst().orElse(null));
    }

    private void loadDetail(ErrorGroup group) {
        long question = ++askedDetail;
        detail.set(null);
        target.set(null);
        if (group == null) {
            return;
        }
        Instant now = clock.instant();
        background.run(() -> {
            Optional<ErrorGroupDetail> found = groups.group(group.fingerprint(), ErrorGroupQuery.since(null, clock.getZone()), now);
            return new Loaded(found.orElse(null), found.flatMap(targets::of).orElse(null));
        }, loaded -> {
            if (question == askedDetail) {
                detail.set(loaded.detail());
                target.set(loaded.target());
            }
        }, error -> {
            if (question == askedDetail) {
                status.set("Could not read the group: " + error.getMessage());
            }
        });
    }

    private record Loaded(ErrorGroupDetail detail, EditorTarget target) {
    }

    /** Opens the selected group's file at its line in the Projects pane, when it is a project's file. */
    public void openInEditor() {
        if (target.get() != null) {
            openInEditor.accept(target.get());
        }
    }

    /** "No failures in the last 7 days". */
    public String emptyText() {
        return window.get() == Window.ALL ? "No failures recorded" : "No failures in the last " + window.get().label();
    }

    public ObjectProperty<Window> windowProperty() { return window; }
    public ObservableList<ErrorGroup> rows() { return rows; }
    public ObjectProperty<ErrorGroup> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<ErrorGroupDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<EditorTarget> targetProperty() { return target.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
