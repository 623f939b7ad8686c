package io.kumo.storage;

import java.time.Instant;

/**
 * Whether Kumo can write to its data directory. {@code full} with the free space seen when a write failed or was
 * refused, and since when; {@link #OK} while writes land.
 */
public record StorageState(boolean full, long freeBytes, Instant since) {

    public static final StorageState OK = new StorageState(false, -1, null);

    /** Free space in whole megabytes, as the messages show it. */
    public long freeMegabytes() {
        return Math.max(0, freeBytes) / (1024 * 1024);
    }
}
