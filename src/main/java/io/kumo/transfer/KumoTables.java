package io.kumo.transfer;

import java.util.List;
import java.util.Set;

/**
 * The tables an export holds, in foreign-key order (a table after every table it references), as the migrations up to
 * the current schema version create them. A test fails when a migration adds a table this list does not name.
 */
public final class KumoTables {

    /**
     * One table: its name, the noun for one row (for messages), the columns its rows are read in order of, and whether
     * its {@code id} is an identity column whose counter an import moves past the imported ids.
     */
    public record Table(String name, String singular, String orderBy, boolean identity) {

        /** "1 task", "3400 runs". */
        public String count(long rows) {
            return rows + " " + (rows == 1 ? singular : name.replace('_', ' '));
        }
    }

    /** Every exported table, parents before children. */
    public static final List<Table> EXPORTED = List.of(
            new Table("projects", "project", "id", true),
            new Table("python_envs", "python env", "id", true),
            new Table("interpreters", "interpreter", "id", true),
            new Table("pypi_mirrors", "pypi mirror", "id", true),
            new Table("tasks", "task", "id", true),
            new Table("workflows", "workflow", "id", true),
            new Table("workflow_runs", "workflow run", "id", true),
            new Table("workflow_step_runs", "workflow step run", "id", true),
            new Table("runs", "run", "id", true),
            new Table("run_log_chunks", "run log chunk", "run_id, start_offset", false),
            new Table("settings", "setting", "setting_key", false),
            new Table("env_variables", "env variable", "id", true),
            new Table("alert_channels", "alert channel", "id", true),
            new Table("alert_rules", "alert rule", "id", true),
            new Table("alert_deliveries", "alert delivery", "id", true),
            new Table("api_tokens", "api token", "id", true),
            new Table("hook_triggers", "hook trigger", "id", true),
            new Table("error_groups", "error group", "fingerprint", false),
            new Table("report_schedules", "report schedule", "id", true),
            new Table("audit_events", "audit event", "id", true));

    /** Run logs shipped to the database: what {@code --without-logs} leaves out. */
    public static final String LOG_CHUNKS = "run_log_chunks";

    /**
     * Tables no export holds: Flyway's own history (the target's migrations write it), and the cluster's nodes, which
     * describe processes alive on the source's database.
     */
    public static final Set<String> NOT_EXPORTED = Set.of("flyway_schema_history", "nodes");

    /** Tables whose rows are sealed with the data directory's {@code secret.key} (when they hold any). */
    static final Set<String> SEALED = Set.of("env_variables", "alert_channels", "hook_triggers");

    private KumoTables() {
    }

    /** The exported table called {@code name}, if there is one. */
    public static java.util.Optional<Table> named(String name) {
        return EXPORTED.stream().filter(table -> table.name().equals(name)).findFirst();
    }
}
