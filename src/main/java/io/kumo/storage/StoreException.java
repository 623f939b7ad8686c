package io.kumo.storage;

import java.sql.SQLException;

/** A database operation failed; the message says which and why. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs database work, turning ORMLite's checked SQLException into a StoreException. */
    public static <T> T unchecked(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (SQLException e) {
            throw wrap(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static StoreException wrap(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new StoreException("Database error: " + root.getMessage(), e);
    }
}
