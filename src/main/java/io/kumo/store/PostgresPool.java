package io.kumo.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.kumo.storage.StoreException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/** The HikariCP pool of connections to a PostgreSQL server, opened with one connection that proves it is reachable. */
final class PostgresPool {

    static final int SIZE = 10;
    static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private PostgresPool() {
    }

    /**
     * Opens the pool and its first connection.
     *
     * @throws StoreException one line naming the server and why it cannot be used ("cannot connect to PostgreSQL at
     *                        127.0.0.1:5432/kumo: connection refused"), never the password
     */
    private static final int SOCKET_TIMEOUT_SECONDS = 60;

    static HikariDataSource open(DatabaseTarget.Server server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kumo-db");
        config.setJdbcUrl(server.url());
        if (server.user() != null) {
            config.setUsername(server.user());
        }
        if (server.password() != null) {
            config.setPassword(server.password());
        }
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT_MILLIS / 1000));
        config.addDataSourceProperty("ApplicationName", "Kumo");
        // a link cut without a reset (a partition) would leave a read waiting forever: the node's loops must see the
        // failure, drop the lease and let the others take over; no statement of Kumo's legitimately waits this long
        config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + where(server.url()) + ": " + reason(e), e);
        }
    }

    /** HOST:PORT/DATABASE of a {@code jdbc:postgresql://} URL, without its parameters. */
    static String where(String url) {
        String rest = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()) : url;
        int parameters = rest.indexOf('?');
        return parameters < 0 ? rest : rest.substring(0, parameters);
    }

    static String reason(Throwable failure) {
        SQLException sql = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException unknown) {
                return "unknown host " + unknown.getMessage();
            }
            if (sql == null && cause instanceof SQLException found) {
                sql = found;
            }
        }
        if (sql == null) {
            return firstLine(failure.getMessage());
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "the server refused user or password (" + firstLine(sql.getMessage()) + ")";
            case "3D000" -> firstLine(sql.getMessage());
            case "08001" -> firstLine(sql.getMessage()).toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused" : firstLine(sql.getMessage());
            default -> firstLine(sql.getMessage());
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
