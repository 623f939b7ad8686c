package io.kumo.cluster.service;

import io.kumo.cluster.NodeConfig;
import io.kumo.common.ValidationException;
import io.kumo.store.DatabaseTarget;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Tries a cluster's PostgreSQL before Kumo is told to use it (Settings → Connection): connects once with a bounded
 * login time, reads the server's version and whether Kumo's schema is there already, with how many tasks and nodes.
 * Reads only: it creates nothing, so testing a connection to the wrong database does no harm.
 */
public final class ConnectionCheck {

    /** How long connecting may take before the check gives up. */
    public static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(5);
    private static final String HISTORY = "flyway_schema_history";
    /** Fits {@code nodes.name}; the characters a host name uses. */
    private static final java.util.regex.Pattern NODE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * What the server said.
     *
     * @param schemaVersion Kumo's schema version there; empty when the database does not hold Kumo's tables yet
     * @param tasks         the tasks stored there (0 without the schema)
     * @param nodes         the nodes that ever joined (0 without the schema or before version 14)
     */
    public record Result(String serverVersion, Optional<String> schemaVersion, long tasks, long nodes) {

        /** "Connected: PostgreSQL 15.8, Kumo schema version 14, 12 tasks, 3 nodes", or that the database is empty. */
        public String describe() {
            return schemaVersion.map(version -> "Connected: PostgreSQL " + serverVersion + ", Kumo schema version " + version
                            + ", " + count(tasks, "task") + ", " + count(nodes, "node"))
                    .orElse("Connected to PostgreSQL " + serverVersion + ". Empty database: Kumo creates its tables at "
                            + "the first start");
        }

        private static String count(long count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }
    }

    /**
     * Checks the connection details as {@code --db-url} would take them.
     *
     * @throws ValidationException naming what is wrong with the URL
     */
    public static void validate(String url, String user, String password) {
        DatabaseTarget.server(url, user, password);
    }

    /**
     * The node name as typed: null when blank (the host name then), else stripped.
     *
     * @throws ValidationException when it is not 1-100 letters, digits and {@code . _ -}
     */
    public static String nodeName(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String name = typed.strip();
        if (!NODE_NAME.matcher(name).matches()) {
            throw new ValidationException("node name '" + name + "' is not valid: 1-100 letters, digits and . _ -, "
                    + "starting with a letter or digit");
        }
        return name;
    }

    /**
     * Connects and reads what the database holds.
     *
     * @throws ValidationException for a URL that is not a PostgreSQL one
     * @throws SQLException        when the server cannot be reached or refuses the login; its message says why
     */
    public Result check(String url, String user, String password) throws SQLException {
        DatabaseTarget.Server target = DatabaseTarget.server(url, user, password);
        Properties properties = new Properties();
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        // the driver's own properties, so that no other connection of this JVM gets DriverManager's global timeout
        properties.setProperty("loginTimeout", Long.toString(LOGIN_TIMEOUT.toSeconds()));
        properties.setProperty("connectTimeout", Long.toString(LOGIN_TIMEOUT.toSeconds()));
        properties.setProperty("socketTimeout", Long.toString(LOGIN_TIMEOUT.toSeconds() * 2));
        properties.setProperty("readOnly", "true");
        properties.setProperty("ApplicationName", "Kumo connection test");
        try (Connection connection = DriverManager.getConnection(target.url(), properties)) {
            String server = shortVersion(connection.getMetaData().getDatabaseProductVersion());
            Optional<String> schema = schemaOf(connection.getMetaData());
            if (schema.isEmpty()) {
                return new Result(server, Optional.empty(), 0, 0);
            }
            String prefix = "\"" + schema.get() + "\".";
            try (Statement sql = connection.createStatement()) {
                Optional<String> version = newestVersion(sql, prefix);
                return new Result(server, version, count(sql, prefix + "tasks"),
                        hasTable(connection.getMetaData(), schema.get(), "nodes") ? count(sql, prefix + "nodes") : 0);
            }
        }
    }

    /** "15.8" of "15.8 (Debian 15.8-1.pgdg120+1)". */
    static String shortVersion(String productVersion) {
        String version = productVersion == null ? "" : productVersion.strip();
        int space = version.indexOf(' ');
        return space < 0 ? version : version.substring(0, space);
    }

    /** The schema that holds Kumo's migration history, wherever the server's search path put it. */
    private static Optional<String> schemaOf(DatabaseMetaData meta) throws SQLException {
        try (ResultSet tables = meta.getTables(null, null, HISTORY, new String[] {"TABLE"})) {
            return tables.next() ? Optional.of(tables.getString("TABLE_SCHEM")) : Optional.empty();
        }
    }

    private static boolean hasTable(DatabaseMetaData meta, String schema, String table) throws SQLException {
        try (ResultSet tables = meta.getTables(null, schema, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static Optional<String> newestVersion(Statement sql, String prefix) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT \"version\" FROM " + prefix + HISTORY
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        }
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** What a deployment's database is, in words for the Connection section; never the password. */
    public static String describe(DatabaseTarget target, NodeConfig node) {
        return switch (target) {
            case DatabaseTarget.Embedded embedded -> "Embedded database in " + embedded.folder();
            case DatabaseTarget.Server server -> "PostgreSQL " + server.describe() + " as node " + node.name()
                    + (node.labels().isEmpty() ? "" : " (labels " + String.join(", ", new java.util.TreeSet<>(node.labels())) + ")");
        };
    }

    /** The URL of a deployment's server, to compare with the saved connection; empty for the embedded database. */
    public static Optional<String> serverUrl(DatabaseTarget target) {
        return target instanceof DatabaseTarget.Server server ? Optional.of(server.url()) : Optional.empty();
    }
}
