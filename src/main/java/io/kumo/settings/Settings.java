package io.kumo.settings;

/** The settings Kumo knows. */
public final class Settings {

    public static final SettingKey<Theme> THEME = SettingKey.choice("ui.theme", "Theme", Theme.LIGHT);
    public static final SettingKey<Integer> MAX_CONCURRENT_RUNS =
            SettingKey.integer("engine.max_concurrent_runs", "Runs at the same time", 4, 1, 500);
    public static final SettingKey<Integer> LOG_CAP_MB = SettingKey.integer("engine.log_cap_mb", "Log size cap (MB)", 50, 1, 10_000);
    public static final SettingKey<Integer> STOP_GRACE_SECONDS =
            SettingKey.integer("engine.stop_grace_seconds", "Grace period before a stopped run is killed (s)", 10, 0, 3600);
    public static final SettingKey<Integer> TRASH_RETENTION_DAYS =
            SettingKey.integer("projects.trash_retention_days", "Days deleted projects stay in the trash", 30, 1, 3650);
    public static final SettingKey<Integer> LOG_RETENTION_DAYS =
            SettingKey.integer("logs.retention_days", "Keep run logs for (days, 0 = forever)", 30, 0, 36_500);
    public static final SettingKey<Integer> LOG_BUDGET_MB =
            SettingKey.integer("logs.budget_mb", "Disk budget for run logs (MB, 0 = none)", 2048, 0, 10_000_000);
    public static final SettingKey<Integer> RUN_RETENTION_DAYS =
            SettingKey.integer("runs.retention_days", "Keep run records for (days, 0 = forever)", 365, 0, 36_500);
    public static final SettingKey<Integer> RUNS_KEPT_PER_TASK =
            SettingKey.integer("runs.kept_per_task", "Run records kept per task and workflow runs per workflow (0 = all)", 0, 0, 1_000_000);
    /** Run retention writes the runs it takes away into monthly archives (data/archive) before deleting them. */
    public static final SettingKey<Boolean> RUNS_ARCHIVE_INSTEAD_OF_DELETE =
            SettingKey.flag("runs.archive_instead_of_delete", "Archive old runs instead of deleting them", false);
    /** The editor formats a Python file with ruff or black (from the project's environment) each time it is saved. */
    public static final SettingKey<Boolean> FORMAT_ON_SAVE =
            SettingKey.flag("editor.format_on_save", "Format Python files on save", false);
    public static final SettingKey<Integer> LIMIT_MEMORY_MB =
            SettingKey.integer("limits.memory_mb", "Memory per run (MB, 0 = no limit)", 0, 0, 4_194_304);
    public static final SettingKey<Integer> LIMIT_CPU_PERCENT =
            SettingKey.integer("limits.cpu_percent", "CPU per run (% of one core, 0 = no limit)", 0, 0, 100_000);
    public static final SettingKey<Integer> LIMIT_PROCESSES =
            SettingKey.integer("limits.processes", "Processes per run (0 = no limit)", 0, 0, 1_000_000);
    public static final SettingKey<Integer> LIMIT_OPEN_FILES =
            SettingKey.integer("limits.open_files", "Open files per run (0 = no limit)", 0, 0, 1_048_576);
    public static final SettingKey<Integer> LIMIT_OUTPUT_MB =
            SettingKey.integer("limits.output_mb", "Largest file a run may write (MB, 0 = no limit)", 0, 0, 100_000_000);
    public static final SettingKey<Integer> BACKUP_EVERY_HOURS =
            SettingKey.integer("backups.every_hours", "Automatic backup every (hours, 0 = off)", 24, 0, 8760);
    public static final SettingKey<Integer> BACKUPS_KEPT =
            SettingKey.integer("backups.kept", "Automatic backups kept", 7, 1, 1000);
    public static final SettingKey<Boolean> START_MINIMIZED =
            SettingKey.flag("ui.start_minimized", "Start minimized", false);
    public static final SettingKey<Boolean> NOTIFY_ON_FAILURE =
            SettingKey.flag("notify.failure", "Notify when a run fails or times out", true);
    public static final SettingKey<Boolean> NOTIFY_ON_RECOVERY =
            SettingKey.flag("notify.recovery", "Notify when a task succeeds again after failing", true);
    public static final SettingKey<Boolean> CLOSE_TO_TRAY =
            SettingKey.flag("ui.close_to_tray", "Closing the window keeps Kumo running in the tray", true);
    public static final SettingKey<Boolean> TRAY_HINT_SHOWN =
            SettingKey.flag("ui.tray_hint_shown", "The user was told Kumo keeps running in the tray", false);
    public static final SettingKey<Boolean> START_AT_LOGIN =
            SettingKey.flag("ui.start_at_login", "Start Kumo at login (minimized)", false);
    public static final SettingKey<String> HTTP_PROXY = SettingKey.text("net.http_proxy", "HTTP proxy", "");
    public static final SettingKey<String> HTTPS_PROXY = SettingKey.text("net.https_proxy", "HTTPS proxy", "");
    public static final SettingKey<String> NO_PROXY = SettingKey.text("net.no_proxy", "No proxy for", "");
    public static final SettingKey<Boolean> SCHEDULER_PAUSED =
            SettingKey.flag("engine.scheduler_paused", "Scheduling paused", false);

    public static final SettingKey<Boolean> API_ENABLED =
            SettingKey.flag("api.enabled", "Serve the REST API", false);
    /** HOST:PORT; loopback unless the user gives another address (which then needs a certificate). */
    public static final SettingKey<String> API_ADDRESS = SettingKey.text("api.address", "REST API address", "127.0.0.1:8765");
    /** PEM certificate chain for HTTPS (required when the address is not loopback). */
    public static final SettingKey<String> API_TLS_CERT = SettingKey.text("api.tls_cert", "TLS certificate (PEM)", "");
    /** PEM PKCS#8 private key of that certificate. */
    public static final SettingKey<String> API_TLS_KEY = SettingKey.text("api.tls_key", "TLS private key (PEM)", "");
    public static final SettingKey<Boolean> API_METRICS_OPEN =
            SettingKey.flag("api.metrics_open", "Serve /metrics without a token", false);

    private Settings() {
    }

    /** Whether changing {@code key} is a user's change the audit log records (not the app's own memory, such as a hint shown). */
    public static boolean isAudited(SettingKey<?> key) {
        return !key.key().equals(TRAY_HINT_SHOWN.key());
    }
}
