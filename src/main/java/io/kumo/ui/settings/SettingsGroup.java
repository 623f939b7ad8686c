package io.kumo.ui.settings;

import io.kumo.settings.SettingKey;
import io.kumo.settings.SettingsService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The settings of one section, saved together by its Apply button: nothing is saved while one of them is invalid, and
 * only the changed ones are written (each audited by the settings service).
 */
public final class SettingsGroup {

    private final String name;
    private final List<SettingField<?>> fields;
    private final SettingsService settings;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    SettingsGroup(String name, List<SettingField<?>> fields, SettingsService settings, BackgroundExecutor background,
                  DialogService dialogs) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        // "Saved" stays until the next edit
        fields.forEach(field -> field.textProperty().addListener((obs, old, now) -> status.clear()));
    }

    public void apply() {
        boolean valid = true;
        for (SettingField<?> field : fields) {
            valid &= field.value().isPresent();
        }
        if (!valid) {
            status.bad("Not saved: correct the value" + (fields.size() > 1 ? "s" : "") + " marked in red");
            return;
        }
        List<Pending<?>> changed = fields.stream().map(SettingsGroup::pending).flatMap(Optional::stream).toList();
        if (changed.isEmpty()) {
            status.info("No changes to save");
            return;
        }
        busy.set(true);
        background.run(() -> {
            changed.forEach(pending -> pending.store(settings));
            return changed.size();
        }, count -> {
            busy.set(false);
            changed.forEach(Pending::done);
            status.good("Saved");
        }, error -> {
            busy.set(false);
            status.bad("Not saved: " + error.getMessage());
            dialogs.showError("Could not save the " + name + " settings", error);
        });
    }

    /** Shows stored values; a field the user is editing keeps what was typed unless {@code overwrite}. */
    void show(Map<SettingKey<?>, Object> values, boolean overwrite) {
        for (SettingField<?> field : fields) {
            if (values.containsKey(field.key()) && (overwrite || !field.isDirty())) {
                showValue(field, values.get(field.key()));
            }
        }
    }

    private static <T> void showValue(SettingField<T> field, Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        field.show(typed);
    }

    List<SettingField<?>> fields() {
        return fields;
    }

    private static <T> Optional<Pending<?>> pending(SettingField<T> field) {
        return field.value().filter(field::changes).map(value -> new Pending<>(field, value));
    }

    private record Pending<T>(SettingField<T> field, T value) {
        void store(SettingsService settings) {
            settings.set(field.key(), value);
        }

        void done() {
            field.saved(value);
        }
    }

    public StatusLine status() { return status; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
