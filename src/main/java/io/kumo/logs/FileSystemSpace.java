package io.kumo.logs;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Free space and free inodes of the file system holding a path. Space comes from the JDK's {@link FileStore}; inodes,
 * which the JDK does not report, from {@code statvfs(3)} through JNA on 64-bit Linux (empty elsewhere).
 */
public final class FileSystemSpace {

    /** What the file system has left; inodes are empty where they are not known. */
    public record Space(long usableBytes, long totalBytes, OptionalLong freeInodes, OptionalLong totalInodes) {
    }

    /** glibc's struct statvfs on 64-bit Linux: eleven 8-byte fields, then spare ints; 256 bytes is room to spare. */
    private static final int STATVFS_BYTES = 256;
    private static final int F_FILES_OFFSET = 5 * 8;
    private static final int F_FAVAIL_OFFSET = 7 * 8;

    interface LibC extends Library {
        int statvfs(String path, Memory buffer);
    }

    private final Optional<LibC> libc;

    private FileSystemSpace(Optional<LibC> libc) {
        this.libc = libc;
    }

    /** Reads inodes through statvfs where that struct's layout is known (64-bit Linux with glibc). */
    public static FileSystemSpace ofThisMachine() {
        return new FileSystemSpace(load());
    }

    private static Optional<LibC> load() {
        if (!System.getProperty("os.name").equals("Linux") || Native.LONG_SIZE != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(Native.load("c", LibC.class));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file system of {@code path} (the path must exist). */
    public Space of(Path path) throws IOException {
        FileStore store = Files.getFileStore(path);
        OptionalLong freeInodes = OptionalLong.empty();
        OptionalLong totalInodes = OptionalLong.empty();
        if (libc.isPresent()) {
            try (Memory buffer = new Memory(STATVFS_BYTES)) {
                buffer.clear();
                if (libc.get().statvfs(path.toAbsolutePath().toString(), buffer) == 0) {
                    long files = buffer.getLong(F_FILES_OFFSET);
                    if (files > 0) { // 0: a file system without an inode count (btrfs, some network mounts)
                        totalInodes = OptionalLong.of(files);
                        freeInodes = OptionalLong.of(buffer.getLong(F_FAVAIL_OFFSET));
                    }
                }
            }
        }
        return new Space(store.getUsableSpace(), store.getTotalSpace(), freeInodes, totalInodes);
    }
}
