package io.kumo.ui.audit;

import java.util.function.Supplier;
import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The audit log as the pane shows it: filtered in the database (action, target type, days, keyword), newest first,
 * at most {@link #PAGE_SIZE} entries; the selected entry; and CSV export of everything the filters match.
 */
public final class AuditViewModel {

    static final int PAGE_SIZE = 1000;
    static final int EXPORT_LIMIT = 1_000_000;
    static final List<String> KNOWN_TARGET_TYPES = List.of("TASK", "PROJECT", "ENVIRONMENT", "VARIABLE", "SETTING",
            "MIRROR", "INTERPRETER", "BACKUP", "DATABASE", "DATA", "WORKFLOW", "WORKFLOW_RUN");

    private final AuditService audit;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final Supplier<AuditNames> namesLoader;
    private AuditNames names = AuditNames.NONE;
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty targetType = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty keyword = new SimpleStringProperty("");
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObservableList<String> targetTypes = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper();
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private long generation;

    /** {@code names} reads the names behind the ids the entries store, on the background executor. */
    public AuditViewModel(AuditService audit, Supplier<AuditNames> names, BackgroundExecutor background, DialogService dialogs,
                          ZoneId zone) {
        this.namesLoader = names;
        this.audit = audit;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
        actions.add("");
        actions.addAll(Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        targetTypes.add("");
        targetTypes.addAll(KNOWN_TARGET_TYPES);
        action.addListener((obs, old, now) -> refresh());
        targetType.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        // the keyword is matched in the database: wait until typing pauses
        typing.setOnFinished(event -> refresh());
        keyword.addListener((obs, old, now) -> typing.playFromStart());
    }

    public AuditFilter filter() {
        return new AuditFilter(action.get(), targetType.get(), from.get(), to.get(), keyword.get());
    }

    /** Loads what the filters match; an answer to an older filter that arrives late is dropped. */
    public void refresh() {
        typing.stop();
        AuditFilter filter = filter();
        long asked = ++generation;
        filtered.set(!filter.equals(AuditFilter.NONE));
        if (filter.isBackwards()) {
            entries.clear();
            selected.set(null);
            status.set("The start day is after the end day: nothing matches");
            return;
        }
        loading.set(true);
        background.run(() -> new Page(audit.query(filter.toQuery(zone, PAGE_SIZE)), namesLoader.get()), page -> {
            if (asked == generation) {
                loading.set(false);
                names = page.names();
                show(page.entries(), filter);
            }
        }, error -> {
            if (asked == generation) {
                loading.set(false);
                status.set("Could not load the audit log: " + error.getMessage());
                dialogs.showError("Could not load the audit log", error);
            }
        });
    }

    private void show(List<AuditEntry> found, AuditFilter filter) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        entries.setAll(found);
        selected.set(found.stream().filter(entry -> entry.id() == keep).findFirst().orElse(null));
        found.stream().map(AuditEntry::action).distinct().filter(code -> !actions.contains(code)).forEach(actions::add);
        found.stream().map(AuditEntry::targetType).distinct().filter(code -> code != null && !targetTypes.contains(code))
                .forEach(targetTypes::add);
        String filtered = filter.equals(AuditFilter.NONE) ? "" : " matching the filters";
        if (found.isEmpty()) {
            status.set(filtered.isEmpty() ? "Nothing recorded yet" : "No entries match the filters");
        } else if (found.size() >= PAGE_SIZE) {
            status.set("The newest " + PAGE_SIZE + " entries" + filtered + " are shown; narrow the filters to see older ones "
                    + "(Export writes them all)");
        } else {
            status.set(found.size() + (found.size() == 1 ? " entry" : " entries") + filtered);
        }
    }

    public void clearFilters() {
        typing.stop();
        keyword.set("");
        action.set("");
        targetType.set("");
        from.set(null);
        to.set(null);
        refresh();
    }

    /** Writes every entry the filters match (not only the shown page) to {@code target} as CSV. */
    public void export(Path target) {
        AuditFilter filter = filter();
        loading.set(true);
        background.run(() -> {
            List<AuditEntry> all = filter.isBackwards() ? List.of() : audit.query(filter.toQuery(zone, EXPORT_LIMIT));
            AuditCsv.write(all, target);
            return all.size();
        }, count -> {
            loading.set(false);
            status.set("Exported " + count + (count == 1 ? " entry" : " entries") + " to " + target);
        }, error -> {
            loading.set(false);
            status.set("The export failed: " + error.getMessage());
            dialogs.showError("Could not export the audit log", error);
        });
    }

    public void select(AuditEntry entry) {
        selected.set(entry);
    }

    /** The codes to offer in a filter: "" (any) first, then the known ones and any seen in the log. */
    public ObservableList<String> actions() { return actions; }
    public ObservableList<String> targetTypes() { return targetTypes; }
    public ObservableList<AuditEntry> entries() { return entries; }
    public StringProperty actionProperty() { return action; }
    public StringProperty targetTypeProperty() { return targetType; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty keywordProperty() { return keyword; }
    public ObjectProperty<AuditEntry> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** True while a filter is set, so that "nothing to show" can say whether the filters hide entries. */
    public ReadOnlyBooleanProperty filteredProperty() { return filtered.getReadOnlyProperty(); }

    /** The names behind the ids of the shown entries. */
    public AuditNames names() {
        return names;
    }

    private record Page(List<AuditEntry> entries, AuditNames names) {
    }

    /** For the suggested file name of an export. */
    static String exportName(LocalDate today) {
        return "kumo-audit-" + today + ".csv";
    }
}
