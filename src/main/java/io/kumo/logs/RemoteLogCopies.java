package io.kumo.logs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local copies of other nodes' run logs ({@code <data>/logs/remote/<run id>.log}), fetched from the database to be
 * read here. A copy is a cache: deleting one costs a fetch at the next read.
 */
public final class RemoteLogCopies {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteLogCopies.class);

    private final Path folder;

    public RemoteLogCopies(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path of(long runId) {
        return folder.resolve(runId + ".log");
    }

    /** Deletes the copies of these runs (their records or logs were deleted); answers how many there were. */
    public int delete(Collection<Long> runIds) {
        int deleted = 0;
        for (long runId : runIds) {
            try {
                if (Files.deleteIfExists(of(runId))) {
                    deleted++;
                }
            } catch (IOException e) {
                LOG.warn("Cannot delete the log copy {}", of(runId), e);
            }
        }
        return deleted;
    }

    /** Deletes the copies last brought up to date before the cutoff; answers how many. */
    public int deleteOlderThan(Instant cutoff) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "*.log")) {
            for (Path copy : copies) {
                try {
                    if (Files.getLastModifiedTime(copy).toInstant().isBefore(cutoff) && Files.deleteIfExists(copy)) {
                        deleted++;
                    }
                } catch (IOException e) {
                    // deleted meanwhile, or not ours to delete: the next round tries again
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the log copies in {}", folder, e);
        }
        return deleted;
    }
}
