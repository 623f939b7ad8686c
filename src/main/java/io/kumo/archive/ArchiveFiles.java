package io.kumo.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The archive folder's layout: one zip per month of {@code scheduled_for}, {@code runs-yyyy-MM.kar}, holding
 * {@code runs.jsonl} (one run row per line), {@code logs/<run id>.log} and {@code manifest.json}.
 */
public final class ArchiveFiles {

    static final String RUNS = "runs.jsonl";
    static final String MANIFEST = "manifest.json";
    static final String LOGS = "logs/";
    private static final Pattern NAME = Pattern.compile("runs-(\\d{4}-\\d{2})\\.kar");

    private final Path folder;
    private final ObjectMapper mapper = new ObjectMapper();

    public ArchiveFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path of(YearMonth month) {
        return folder.resolve("runs-" + month + ".kar");
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The month a file of the folder holds, when its name is an archive's. */
    static Optional<YearMonth> monthOf(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? Optional.of(YearMonth.parse(matcher.group(1))) : Optional.empty();
    }

    /** "2026-11" as a month, or a message saying what is expected. */
    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("Not a month: '" + text + "' (expected yyyy-MM, e.g. 2026-11)");
        }
    }

    static String logEntry(long runId) {
        return LOGS + runId + ".log";
    }

    /** The run id of a {@code logs/<id>.log} entry, or -1. */
    static long runIdOf(String entryName) {
        if (!entryName.startsWith(LOGS) || !entryName.endsWith(".log")) {
            return -1;
        }
        try {
            return Long.parseLong(entryName.substring(LOGS.length(), entryName.length() - ".log".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    ArchiveManifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IOException("it has no " + MANIFEST);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return ArchiveManifest.fromJson(mapper, in.readAllBytes());
        }
    }

    ArchiveManifest readManifest(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return readManifest(zip);
        }
    }

    boolean exists(YearMonth month) {
        return Files.isRegularFile(of(month));
    }
}
