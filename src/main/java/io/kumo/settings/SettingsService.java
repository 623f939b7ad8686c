package io.kumo.settings;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.audit.FieldChange;
import io.kumo.domain.Setting;
import io.kumo.store.Database;
import io.kumo.store.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Reads and writes settings; every change is audited and announced to listeners. */
public final class SettingsService {

    private final Database database;
    private final AuditService audit;
    private final Clock clock;
    private final List<BiConsumer<SettingKey<?>, Object>> listeners = new CopyOnWriteArrayList<>();

    public SettingsService(Database database, AuditService audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    public <T> T get(SettingKey<T> key) {
        try {
            Setting stored = database.settings().queryForId(key.key());
            return key.parse(stored == null ? null : stored.getValue());
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    /** Stores the value; does nothing (and records nothing) when it is unchanged. */
    public <T> void set(SettingKey<T> key, T value) {
        Objects.requireNonNull(value, key.label());
        boolean changed = database.inTransaction(() -> {
            Setting stored = database.settings().queryForId(key.key());
            T before = key.parse(stored == null ? null : stored.getValue());
            String text = key.format(value);
            if (stored != null && text.equals(stored.getValue())) {
                return false;
            }
            database.settings().createOrUpdate(new Setting(key.key(), text, clock.instant()));
            audit.record(AuditAction.SETTINGS_CHANGE.name(), "SETTING", key.key(), key.label(),
                    List.of(new FieldChange(key.key(), stored == null ? null : key.format(before), text)), null);
            return true;
        });
        if (changed) {
            listeners.forEach(listener -> listener.accept(key, value));
        }
    }

    /** Called after each stored change, on the thread that made it. */
    public void addListener(BiConsumer<SettingKey<?>, Object> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<SettingKey<?>, Object> listener) {
        listeners.remove(listener);
    }
}
