package io.kumo.ui.settings;

import io.kumo.secrets.VariableService;
import io.kumo.secrets.VariableService.VariableView;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Global variables, given to every run. Secrets are listed masked; the clear value of one is fetched only when the
 * user clicks Reveal, and hidden again when the selection changes, the pane is left, or after {@link #REVEAL_TIME}.
 */
public final class VariablesViewModel {

    static final Duration REVEAL_TIME = Duration.seconds(30);

    /** The one clear value on screen, for the variable it belongs to. */
    public record Revealed(String name, String value) {
        @Override
        public String toString() {
            return "Revealed[" + name + "]";
        }
    }

    private final VariableService variables;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<VariableView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<VariableView> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Revealed> revealed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StatusLine status = new StatusLine();
    private final PauseTransition hideLater = new PauseTransition(REVEAL_TIME);
    private boolean replacing;

    public VariablesViewModel(VariableService variables, BackgroundExecutor background, DialogService dialogs) {
        this.variables = variables;
        this.background = background;
        this.dialogs = dialogs;
        hideLater.setOnFinished(event -> hide());
    }

    public void refresh() {
        background.run(variables::list, this::show, error -> dialogs.showError("Could not list the variables", error));
    }

    /** Selection from the table; a change of selection hides a revealed value. */
    public void select(VariableView row) {
        if (replacing) {
            return;
        }
        if (revealed.get() != null && (row == null || !row.name().equals(revealed.get().name()))) {
            hide();
        }
        selected.set(row);
    }

    public void reveal() {
        VariableView row = selected.get();
        if (row == null) {
            return;
        }
        background.run(() -> variables.reveal(row.name()), value -> {
            if (selected.get() != null && selected.get().name().equals(row.name())) {
                revealed.set(new Revealed(row.name(), value));
                hideLater.playFromStart();
            }
        }, error -> dialogs.showError("Could not reveal " + row.name(), error));
    }

    public void hide() {
        hideLater.stop();
        revealed.set(null);
    }

    /** What the value column shows: the revealed clear value for that one variable, else the listed (masked) value. */
    public String shownValue(VariableView row) {
        Revealed shown = revealed.get();
        return shown != null && shown.name().equals(row.name()) ? shown.value() : row.shownValue();
    }

    public void save(VariableDraft draft) {
        busy.set(true);
        hide();
        background.run(() -> {
            String value = draft.keepValue() ? variables.reveal(draft.name()) : draft.value();
            variables.set(draft.name(), value, draft.secret(), draft.description() == null ? "" : draft.description());
            return variables.list();
        }, list -> {
            busy.set(false);
            show(list, draft.name());
            status.good("Saved " + draft.name());
        }, error -> {
            busy.set(false);
            status.bad("Not saved: " + error.getMessage());
            dialogs.showError("Could not save the variable " + draft.name(), error);
        });
    }

    public void remove() {
        VariableView row = selected.get();
        if (row == null || !dialogs.confirm("Remove the variable " + row.name() + "?",
                "Runs no longer get " + row.name() + " from the next one on. This cannot be undone.", "Remove")) {
            return;
        }
        busy.set(true);
        hide();
        background.run(() -> {
            variables.remove(row.name());
            return variables.list();
        }, list -> {
            busy.set(false);
            show(list, null);
            status.good("Removed " + row.name());
        }, error -> {
            busy.set(false);
            status.bad("Not removed: " + error.getMessage());
            dialogs.showError("Could not remove the variable " + row.name(), error);
        });
    }

    /** Leaving the pane hides a revealed value. */
    public void deactivate() {
        hide();
    }

    private void show(List<VariableView> list) {
        show(list, selected.get() == null ? null : selected.get().name());
    }

    private void show(List<VariableView> list, String keep) {
        replacing = true;
        rows.setAll(list);
        replacing = false;
        VariableView now = list.stream().filter(row -> row.name().equals(keep)).findFirst().orElse(null);
        if (revealed.get() != null && (now == null || !now.name().equals(revealed.get().name()))) {
            hide();
        }
        selected.set(now);
    }

    public ObservableList<VariableView> rows() { return rows; }
    public ReadOnlyObjectProperty<VariableView> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Revealed> revealedProperty() { return revealed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StatusLine status() { return status; }
}
