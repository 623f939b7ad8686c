package io.kumo.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a failed write's exception chain: H2 reports a full disk as an {@code MVStoreException} "Writing to ...
 * failed" (its code 2) or, through JDBC, as a general or I/O error whose text carries the operating system's
 * "No space left on device".
 */
final class WriteFailures {

    /** H2's JDBC codes for failed file I/O: IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_CORRUPTED... kept to the I/O ones. */
    private static final Set<Integer> H2_IO_CODES = Set.of(90028, 90031);
    private static final String MVSTORE_WRITING_FAILED = "/2]";
    private static final Set<String> NO_SPACE = Set.of("no space left on device", "not enough space on the disk",
            "disk quota exceeded");

    private WriteFailures() {
    }

    /** The operating system said so, somewhere in the chain. */
    static boolean saysNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (NO_SPACE.stream().anyMatch(lower::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failure to write a file (as opposed to a constraint, a syntax error, a lock time-out). */
    static boolean isWriteFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException sql && H2_IO_CODES.contains(sql.getErrorCode())) {
                return true;
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && t.getMessage() != null
                    && t.getMessage().contains("Writing to") && t.getMessage().contains(MVSTORE_WRITING_FAILED)) {
                return true;
            }
        }
        return false;
    }
}
