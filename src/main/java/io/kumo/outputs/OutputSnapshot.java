package io.kumo.outputs;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files under a run's OUTPUT_DIR (path, size, modification time) when it starts; compared with the folder when it
 * ends, what the run created or changed: files that differ from the snapshot and were modified at or after the run
 * started. As a project's tasks share the folder, a run that overlapped another one of this node using it gets a note
 * saying the list may hold the other's files. The walk is bounded (depth, number of entries) so that a folder holding a huge
 * tree costs a run nothing but a note.
 */
public final class OutputSnapshot {

    /** Entries walked at most; a folder with more is not listed. */
    public static final int MAX_WALKED = 20_000;
    /** Files recorded per run at most (newest first). */
    public static final int MAX_RECORDED = 500;
    public static final int MAX_DEPTH = 6;
    /** Modification times are coarse on some file systems (FAT: 2 s) and lag the clock slightly on others. */
    private static final long MTIME_SLACK_NANOS = 2_000_000_000L;
    static final String OVERLAP_NOTE = "Another run used this OUTPUT_DIR at the same time: some of these files may be its";

    private record Stamp(long size, long modifiedNanos) { }

    private final Path folder;
    private final Map<String, Stamp> files;
    private final boolean complete;
    /** When the walk began (epoch nanoseconds). */
    private final long takenNanos;
    /** Set on a run's start snapshot: its use of the folder, ended when its changes are listed. */
    private final OutputDirRuns.Lease lease;

    private OutputSnapshot(Path folder, Map<String, Stamp> files, boolean complete, long takenNanos, OutputDirRuns.Lease lease) {
        this.folder = folder;
        this.files = files;
        this.complete = complete;
        this.takenNanos = takenNanos;
        this.lease = lease;
    }

    /** The folder when a run starts: also notes the run as using it until {@link #changedSince} is asked about it. */
    public static OutputSnapshot atRunStart(Path folder) {
        return take(folder, OutputDirRuns.begin(folder));
    }

    public static OutputSnapshot take(Path folder) {
        return take(folder, null);
    }

    private static OutputSnapshot take(Path folder, OutputDirRuns.Lease lease) {
        Instant now = Instant.now();
        long takenNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        Map<String, Stamp> files = new HashMap<>();
        boolean[] complete = {true};
        if (!Files.isDirectory(folder)) {
            return new OutputSnapshot(folder, files, true, takenNanos, lease);
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                int walked;

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (++walked > MAX_WALKED) {
                        complete[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    if (attributes.isRegularFile()) {
                        files.put(relative(folder, file), new Stamp(attributes.size(),
                                attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable or gone meanwhile: not the run's output to list
                }
            });
        } catch (IOException e) {
            complete[0] = false;
        }
        return new OutputSnapshot(folder, files, complete[0], takenNanos, lease);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * What is new or changed here compared with {@code before} (the same folder, taken when the run started) and was
     * modified at or after that; ends the run's use of the folder.
     */
    public RunOutputs changedSince(OutputSnapshot before) {
        List<String> notes = new ArrayList<>();
        if (before.lease != null && before.lease.end()) {
            notes.add(OVERLAP_NOTE);
        }
        if (!complete || !before.complete) {
            notes.add("OUTPUT_DIR holds more than " + MAX_WALKED + " files: its changes are not listed");
            return new RunOutputs(java.util.Optional.of(folder), List.of(), notes);
        }
        List<OutputFile> changed = new ArrayList<>();
        long startedNanos = before.takenNanos - MTIME_SLACK_NANOS;
        files.forEach((path, stamp) -> {
            if (!Objects.equals(before.files.get(path), stamp) && stamp.modifiedNanos() >= startedNanos) {
                changed.add(new OutputFile(path, stamp.size(), Instant.EPOCH.plusNanos(stamp.modifiedNanos())));
            }
        });
        changed.sort(Comparator.comparing(OutputFile::modified).reversed().thenComparing(OutputFile::path));
        if (changed.size() > MAX_RECORDED) {
            notes.add((changed.size() - MAX_RECORDED) + " more changed files are not listed (at most " + MAX_RECORDED + ")");
        }
        return new RunOutputs(java.util.Optional.of(folder), List.copyOf(changed.subList(0, Math.min(changed.size(), MAX_RECORDED))), notes);
    }

    public Path folder() {
        return folder;
    }
}
