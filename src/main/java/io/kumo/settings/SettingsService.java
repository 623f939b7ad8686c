package io.kumo.settings;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.audit.FieldChange;
import io.kumo.domain.Setting;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Reads and writes settings; every change is audited and announced to listeners. */
public final class SettingsService {

    private final Database database;
    private final AuditService audit;
    private final Clock clock;
    private final List<BiConsumer<SettingKey<?>, Object>> listeners = new CopyOnWriteArrayList<>();
    /**
     * This process is the only writer of the database (instance lock), so the cache cannot go stale. An entry is
     * dropped after each write, committed or not, and read again from the table: the cache never holds a value the
     * database does not (a rolled-back change, a full disk).
     */
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    public SettingsService(Database database, AuditService audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Read from a cache in front of the table: the engine asks on every start of a run. */
    public <T> T get(SettingKey<T> key) {
        Optional<String> stored = cache.computeIfAbsent(key.key(), this::load);
        return key.parse(stored.orElse(null));
    }

    private Optional<String> load(String key) {
        return StoreException.unchecked(() -> Optional.ofNullable(database.settings().queryForId(key)).map(Setting::getValue));
    }

    /** Stores the value; does nothing (and records nothing) when it is unchanged. */
    public <T> void set(SettingKey<T> key, T value) {
        Objects.requireNonNull(value, key.label());
        String problem = key.problem(value);
        if (problem != null) {
            throw new io.kumo.common.ValidationException(key.label() + ": " + problem);
        }
        boolean changed;
        try {
            changed = database.inTransaction(() -> {
                Setting stored = database.settings().queryForId(key.key());
                T before = key.parse(stored == null ? null : stored.getValue());
                String text = key.format(value);
                if (stored != null && text.equals(stored.getValue())) {
                    return false;
                }
                database.settings().createOrUpdate(new Setting(key.key(), text, clock.instant()));
                if (Settings.isAudited(key)) {
                    audit.record(AuditAction.SETTINGS_CHANGE.name(), "SETTING", key.key(), key.label(),
                            List.of(new FieldChange(key.key(), stored == null ? null : key.format(before), text)), null);
                }
                return true;
            });
        } finally {
            // after the commit (or the rollback): a read that began earlier finishes first (computeIfAbsent), and the
            // next one sees what the table holds
            cache.remove(key.key());
        }
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
