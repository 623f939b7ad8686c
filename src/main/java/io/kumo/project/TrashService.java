package io.kumo.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trash folder: {@code <trash>/<id>/entry.json} describes a deleted project, {@code <trash>/<id>/files} holds an
 * imported project's files, moved there by a rename (an open file handle does not block it; nothing is copied).
 */
public final class TrashService {

    private static final Logger LOG = LoggerFactory.getLogger(TrashService.class);
    private static final String ENTRY = "entry.json";
    private static final String FILES = "files";

    private final Path trash;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public TrashService(Path trash, AuditService audit, Clock clock) {
        this.trash = trash;
        this.audit = audit;
        this.clock = clock;
    }

    /** Moves the files (if any) to the trash and writes the entry. */
    TrashEntry put(TrashEntry described, Path files) {
        String id = clock.instant().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = trash.resolve(id);
        try {
            OwnerOnly.createDirectories(folder);
            long size = 0;
            if (files != null) {
                Files.move(files, folder.resolve(FILES), StandardCopyOption.ATOMIC_MOVE);
                size = FileTrees.size(folder.resolve(FILES));
            }
            TrashEntry entry = new TrashEntry(id, described.projectName(), described.description(), described.rootPath(),
                    described.linked(), described.workDir(), described.outputDir(), described.tags(), clock.instant(),
                    described.deletedTasks(), size);
            try (java.io.OutputStream out = OwnerOnly.newOutputStream(folder.resolve(ENTRY))) {
                json.writeValue(out, entry);
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + described.projectName() + " to the trash: " + e.getMessage(), e);
        }
    }

    public List<TrashEntry> list() {
        List<TrashEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(trash)) {
            return entries;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(trash)) {
            for (Path folder : folders) {
                Path entry = folder.resolve(ENTRY);
                if (Files.isRegularFile(entry)) {
                    try {
                        entries.add(json.readValue(entry.toFile(), TrashEntry.class));
                    } catch (IOException e) {
                        LOG.warn("Unreadable trash entry {}", entry, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trash: " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(TrashEntry::deletedAt).reversed());
        return entries;
    }

    public TrashEntry find(String id) {
        return list().stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("nothing in the trash with id " + id));
    }

    /** The folder holding an entry's files, for restoring them. */
    Path filesOf(TrashEntry entry) {
        return trash.resolve(entry.id()).resolve(FILES);
    }

    /** Forgets an entry whose files were moved back. */
    void release(TrashEntry entry) throws IOException {
        FileTrees.delete(trash.resolve(entry.id()));
    }

    public void purge(String id) {
        TrashEntry entry = find(id);
        try {
            FileTrees.delete(trash.resolve(entry.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + entry.projectName() + " from the trash: " + e.getMessage(), e);
        }
        audit.record(AuditAction.PURGE.name(), "PROJECT", null, entry.projectName(), List.of(),
                "emptied from the trash (" + entry.sizeBytes() + " bytes)");
    }

    /** Purges entries deleted longer ago than {@code age}; returns how many. */
    public int purgeOlderThan(Duration age) {
        Instant cutoff = clock.instant().minus(age);
        List<TrashEntry> expired = list().stream().filter(entry -> entry.deletedAt().isBefore(cutoff)).toList();
        expired.forEach(entry -> purge(entry.id()));
        return expired.size();
    }
}
