package io.kumo.storage;

import java.nio.file.Path;

/** A write was refused or failed because the disk holding the data directory is full; nothing of it was saved. */
public final class DiskFullException extends StoreException {

    private final transient Path dataRoot;
    private final long freeBytes;

    public DiskFullException(Path dataRoot, long freeBytes, Throwable cause) {
        super(describe(dataRoot, freeBytes) + ": the change was not saved; free some space and try again", cause);
        this.dataRoot = dataRoot;
        this.freeBytes = freeBytes;
    }

    /** "the disk holding DATA is full (N MB free)": the start of every disk-full message. */
    public static String describe(Path dataRoot, long freeBytes) {
        return "the disk holding " + dataRoot + " is full (" + Math.max(0, freeBytes) / (1024 * 1024) + " MB free)";
    }

    public Path dataRoot() {
        return dataRoot;
    }

    public long freeBytes() {
        return freeBytes;
    }
}
