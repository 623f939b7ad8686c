package io.kumo.runs;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON bodies webhook triggers bring: each kept as an owner-only file that the run it started (and that run's
 * retries, or every step of a workflow run) reads through {@code KUMO_PAYLOAD}; pruned with the run records.
 * A file is named {@code <UTC instant to the millisecond>-<random>.json}: names sort by the time they were received,
 * and the instant in the name (not the file's mtime, which a copy or a backup restore changes) is what pruning reads.
 */
public final class Payloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}T\\d{9}Z)-[0-9a-f]{16}\\.json");
    private static final int ATTEMPTS = 5;

    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Payloads(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Stores one request's body; the file's path goes to the run. */
    public Path save(byte[] body) {
        try {
            OwnerOnly.createDirectories(folder);
            for (int attempt = 1; ; attempt++) {
                Path file = folder.resolve(STAMP.format(clock.instant()) + "-" + suffix() + ".json").toAbsolutePath();
                try (OutputStream out = OwnerOnly.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    out.write(body);
                    return file;
                } catch (FileAlreadyExistsException e) {
                    if (attempt == ATTEMPTS) { // 64 random bits colliding this often means something else writes here
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the request's body in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the files stored before {@code cutoff}; how many. Files not named as {@link #save} names them stay. */
    public int deleteOlderThan(Instant cutoff) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Optional<Instant> saved = savedAt(file);
                if (saved.isPresent() && saved.get().isBefore(cutoff) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the payload files in " + folder + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    /** When the file was stored, from its name; empty for a file {@link #save} did not name. */
    static Optional<Instant> savedAt(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String suffix() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
