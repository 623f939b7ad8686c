package io.kumo.service;

import com.j256.ormlite.dao.Dao;
import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.audit.FieldChange;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.domain.Auditable;
import io.kumo.domain.StoredEntity;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * Create, update and delete for a named entity, each written together with its audit entry in one transaction.
 * Names are required and unique per entity type.
 */
public class AuditedRepository<T extends StoredEntity & Auditable> {

    private static final int DEFAULT_MAX_NAME_LENGTH = 200;
    /** How often {@link #update(long, UnaryOperator, AuditAction)} makes a change again that was overtaken. */
    private static final int CHANGE_ATTEMPTS = 3;

    private final Database database;
    private final Dao<T, Long> dao;
    private final AuditService audit;
    private final Clock clock;
    private final String label;
    private final String nameColumn;
    private final int maxNameLength;
    private final Rules<T> rules;
    private final List<ChangeListener<T>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The entity's own rules, checked before each create and update; a {@link ValidationException} stops the write. */
    public interface Rules<T> {
        /** {@code before} is the stored entity, null on create. */
        void check(T entity, T before);
    }

    public AuditedRepository(Database database, Dao<T, Long> dao, AuditService audit, Clock clock, String label) {
        this(database, dao, audit, clock, label, "name", DEFAULT_MAX_NAME_LENGTH);
    }

    public AuditedRepository(Database database, Dao<T, Long> dao, AuditService audit, Clock clock, String label, Rules<T> rules) {
        this(database, dao, audit, clock, label, "name", DEFAULT_MAX_NAME_LENGTH, rules);
    }

    /** For entities named by another column, such as a path or URL, longer than a name typed by hand. */
    public AuditedRepository(Database database, Dao<T, Long> dao, AuditService audit, Clock clock, String label,
                             String nameColumn, int maxNameLength) {
        this(database, dao, audit, clock, label, nameColumn, maxNameLength, (entity, before) -> { });
    }

    private AuditedRepository(Database database, Dao<T, Long> dao, AuditService audit, Clock clock, String label,
                              String nameColumn, int maxNameLength, Rules<T> rules) {
        this.rules = rules;
        this.database = database;
        this.dao = dao;
        this.audit = audit;
        this.clock = clock;
        this.label = label;
        this.nameColumn = nameColumn;
        this.maxNameLength = maxNameLength;
    }

    public T create(T entity) {
        validateName(entity, null);
        rules.check(entity, null);
        Instant now = clock.instant();
        entity.setCreatedAt(now);
        entity.setUpdatedAt(now);
        return write(() -> {
            dao.create(entity);
            audit.recordCreate(entity);
            return entity;
        }, entity, false);
    }

    public T update(T entity) {
        return update(entity, AuditAction.UPDATE);
    }

    /** An update recorded under another action name (PAUSE, RESUME) for a clearer audit log. */
    public T update(T entity, AuditAction action) {
        if (entity.getId() == null) {
            throw new IllegalArgumentException("update needs a stored " + label);
        }
        validateName(entity, entity.getId());
        return write(() -> {
            T before = dao.queryForId(entity.getId());
            if (before == null) {
                throw new ValidationException(label + " '" + entity.getName() + "' no longer exists");
            }
            rules.check(entity, before);
            entity.setCreatedAt(before.getCreatedAt());
            entity.setUpdatedAt(clock.instant());
            dao.update(entity);
            audit.record(action, entity, FieldChange.between(before.auditFields(), entity.auditFields()).values(), null);
            return entity;
        }, entity, false);
    }

    /**
     * Reads the stored entity, lets {@code change} edit it and writes it, all in one transaction with the row locked
     * ({@code SELECT ... FOR UPDATE}): a pause or edit of another thread waits for this one and then sees it, and none
     * is written back over by a copy read before it. A write that {@code change} itself causes (on this thread, so
     * inside this transaction) makes it run again on the entity as that write left it. A null from {@code change}
     * writes nothing; the answer is then null too.
     */
    public T update(long id, UnaryOperator<T> change, AuditAction action) {
        return write(() -> {
            for (int attempt = 1; ; attempt++) {
                lockRow(id);
                T before = dao.queryForId(id);
                if (before == null) {
                    throw new ValidationException("The " + label.toLowerCase(java.util.Locale.ROOT) + " no longer exists (#" + id + ")");
                }
                T changed = change.apply(dao.queryForId(id));
                T now = dao.queryForId(id);
                if (now == null || !now.auditFields().equals(before.auditFields())) {
                    if (attempt < CHANGE_ATTEMPTS) {
                        continue; // changed while the change was made: make it again on what is stored now
                    }
                    throw new ConflictException("The " + label + " '" + before.getName() + "' keeps changing; try again");
                }
                if (changed == null) {
                    return null;
                }
                validateName(changed, id);
                rules.check(changed, before);
                changed.setCreatedAt(before.getCreatedAt());
                changed.setUpdatedAt(clock.instant());
                dao.update(changed);
                audit.record(action, changed, FieldChange.between(before.auditFields(), changed.auditFields()).values(), null);
                return changed;
            }
        }, null, false);
    }

    private void lockRow(long id) throws Exception {
        dao.queryRaw("SELECT id FROM " + dao.getTableName() + " WHERE id = " + id + " FOR UPDATE").close();
    }

    public void delete(long id) {
        T existing = findById(id).orElseThrow(() -> new ValidationException("No " + label + " with id " + id));
        write(() -> {
            dao.deleteById(id);
            audit.recordDelete(existing);
            return existing;
        }, existing, true);
    }

    public Optional<T> findById(long id) {
        return read(() -> Optional.ofNullable(dao.queryForId(id)));
    }

    public Optional<T> findByName(String name) {
        return read(() -> Optional.ofNullable(dao.queryBuilder().where().eq(nameColumn, name).queryForFirst()));
    }

    /** {@code first} when no entity has that name, else the first of {@code nth(2)}, {@code nth(3)}... that is free. */
    public String freeName(String first, java.util.function.IntFunction<String> nth) {
        String name = first;
        for (int n = 2; findByName(name).isPresent(); n++) {
            name = nth.apply(n);
        }
        return name;
    }

    public List<T> list() {
        return read(() -> dao.queryBuilder().orderBy(nameColumn, true).query());
    }

    public long count() {
        return read(dao::countOf);
    }

    private void validateName(T entity, Long ownId) {
        String name = entity.getName();
        if (name == null || name.isBlank()) {
            throw new ValidationException(label + " name: must not be empty");
        }
        if (!name.equals(name.strip())) {
            throw new ValidationException(label + " name: must not start or end with spaces");
        }
        if (name.length() > maxNameLength) {
            throw new ValidationException(label + " name: at most " + maxNameLength + " characters");
        }
        findByName(name).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException(label + " name: '" + name + "' is already used");
        });
    }

    /** Told after each committed change, on the thread that made it. */
    public interface ChangeListener<T> {
        void changed(T entity, boolean deleted);
    }

    public void addListener(ChangeListener<T> listener) {
        listeners.add(listener);
    }

    public void removeListener(ChangeListener<T> listener) {
        listeners.remove(listener);
    }

    private <R> R write(Callable<R> work, T entity, boolean deleted) {
        R result = database.inTransaction(work);
        @SuppressWarnings("unchecked")
        T changed = entity != null ? entity : (T) result;
        if (changed != null) {
            listeners.forEach(listener -> listener.changed(changed, deleted));
        }
        return result;
    }

    private static <R> R read(Callable<R> query) {
        return StoreException.unchecked(query);
    }
}
