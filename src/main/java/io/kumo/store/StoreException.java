package io.kumo.store;

import java.sql.SQLException;

/** A database operation failed; the message says which and why. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public static StoreException wrap(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new StoreException("Database error: " + root.getMessage(), e);
    }
}
