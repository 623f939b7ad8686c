package io.kumo.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What run logs take on disk (bytes and files: each file costs an inode, however small) and what the file system
 * holding them has left (space and inodes), for the Logs pane and {@code kumo runs --disk}.
 */
public final class LogDiskUsage {

    /** One measurement; inodes are empty where the platform does not report them. */
    public record Report(long logBytes, long logFiles, long usableBytes, long totalBytes, OptionalLong freeInodes,
                         OptionalLong totalInodes) {
    }

    private final Path runLogs;
    private final FileSystemSpace space;

    public LogDiskUsage(Path runLogs, FileSystemSpace space) {
        this.runLogs = runLogs;
        this.space = space;
    }

    public Report measure() throws IOException {
        long bytes = 0;
        long files = 0;
        if (Files.isDirectory(runLogs)) {
            try (Stream<Path> walk = Files.walk(runLogs)) {
                for (Path path : (Iterable<Path>) walk::iterator) {
                    BasicFileAttributes attributes = attributes(path);
                    if (attributes != null && attributes.isRegularFile()) {
                        bytes += attributes.size();
                        files++;
                    }
                }
            }
        }
        FileSystemSpace.Space left = space.of(nearestExisting(runLogs.toAbsolutePath()));
        return new Report(bytes, files, left.usableBytes(), left.totalBytes(), left.freeInodes(), left.totalInodes());
    }

    /** The run logs folder, or before the first log the folder it will be created in. */
    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // deleted meanwhile (retention, a run's cleanup)
        }
    }
}
