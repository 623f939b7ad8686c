package io.kumo.cluster.service;

import io.kumo.store.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * The one clock every node judges leases by. Heartbeats are stamped and compared with the database server's clock, not
 * with each node's own: two machines whose clocks disagree by a minute still agree on how long a node has been silent,
 * so clock skew can neither kill a live node nor keep a dead one alive. Tests drive leases with a settable clock.
 */
@FunctionalInterface
public interface LeaseClock {

    /** Milliseconds since the epoch, read on {@code connection} (the caller's transaction). */
    long millis(Connection connection) throws SQLException;

    /** The database server's clock: PostgreSQL's {@code clock_timestamp()} (real time, not the transaction's start). */
    static LeaseClock of(SqlDialect dialect) {
        String query = switch (dialect) {
            case POSTGRESQL -> "SELECT (extract(epoch from clock_timestamp()) * 1000)::bigint";
            // H2's CURRENT_TIMESTAMP holds still within a transaction: the takeovers' transactions are short
            case H2 -> "SELECT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP(3)) * 1000 AS BIGINT)";
        };
        return connection -> {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
                row.next();
                return row.getLong(1);
            }
        };
    }

    /** A clock of this JVM's choosing (tests: a settable clock shared by several members). */
    static LeaseClock of(Clock clock) {
        return connection -> clock.millis();
    }
}
