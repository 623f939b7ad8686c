package io.kumo.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The archive files there are, read from their manifests (a few hundred bytes each, whatever the file's size). */
public final class ArchiveCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveCatalog.class);

    private final ArchiveFiles files;

    ArchiveCatalog(ArchiveFiles files) {
        this.files = files;
    }

    /** Newest month first; a file that cannot be read is logged and left out. */
    public List<ArchiveEntry> list() {
        if (!Files.isDirectory(files.folder())) {
            return List.of();
        }
        List<ArchiveEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(files.folder(), "runs-*.kar")) {
            for (Path file : folder) {
                read(file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the archive folder " + files.folder() + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(ArchiveEntry::month).reversed());
        return entries;
    }

    public Optional<ArchiveEntry> find(YearMonth month) {
        Path file = files.of(month);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    /** Deletes the month's archive file; a month without one is a clear error. */
    public void delete(YearMonth month) {
        try {
            Files.delete(files.of(month));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No archive for " + month);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the archive of " + month + ": " + e.getMessage(), e);
        }
    }

    private Optional<ArchiveEntry> read(Path file) {
        Optional<YearMonth> month = ArchiveFiles.monthOf(file);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ArchiveEntry(month.get(), file, Files.size(file), files.readManifest(file)));
        } catch (IOException e) {
            LOG.warn("Cannot read the archive {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
