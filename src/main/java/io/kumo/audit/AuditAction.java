package io.kumo.audit;

/** The kinds of action the audit log records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, RUN, STOP, PAUSE, RESUME, SETTINGS_CHANGE, IMPORT, RESTORE, PURGE, SAVE_FILE, BACKUP, DATA_CHECK
}
