package io.kumo.audit;

/** The kinds of action the audit log records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, RUN, STOP, PAUSE, RESUME, SETTINGS_CHANGE, IMPORT, RESTORE, PURGE, SAVE_FILE, BACKUP, DATA_CHECK,
    /** Cluster mode: a node silent for longer than its lease was declared dead and its runs taken over. */
    NODE_DEAD,
    /** Packages installed, upgraded or removed in an environment: recorded whether the tool succeeded or not. */
    INSTALL, UPGRADE, UNINSTALL
}
