package io.kumo.project;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.kumo.common.ValidationException;
import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Earlier versions of edited files: before each save the file's current bytes are kept in
 * {@code <history>/<project id>/<hash of the relative path>/<epoch millis>-<n>}, next to a {@code path.txt} naming the
 * file. Versions are compared with java-diff-utils.
 */
public final class FileHistory {

    private final Path root;
    private final Clock clock;

    public FileHistory(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Keeps {@code bytes} as the newest earlier version of the file. */
    public FileVersion keep(long projectId, String relativePath, byte[] bytes) {
        Path folder = folderOf(projectId, relativePath);
        try {
            OwnerOnly.createDirectories(folder);
            OwnerOnly.write(folder.resolve("path.txt"), relativePath.getBytes(StandardCharsets.UTF_8));
            Instant now = clock.instant();
            Path file = folder.resolve(Long.toString(now.toEpochMilli()));
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(now.toEpochMilli() + "-" + n);
            }
            OwnerOnly.write(file, bytes);
            return new FileVersion(file.getFileName().toString(), now, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the previous version of " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** Newest first. */
    public List<FileVersion> versions(long projectId, String relativePath) {
        Path folder = folderOf(projectId, relativePath);
        List<FileVersion> versions = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[0-9]*")) {
            for (Path file : files) {
                String id = file.getFileName().toString();
                long millis = Long.parseLong(id.contains("-") ? id.substring(0, id.indexOf('-')) : id);
                versions.add(new FileVersion(id, Instant.ofEpochMilli(millis), Files.size(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the history of " + relativePath + ": " + e.getMessage(), e);
        }
        versions.sort(Comparator.comparing(FileVersion::savedAt).thenComparing(FileVersion::id).reversed());
        return versions;
    }

    public byte[] read(long projectId, String relativePath, FileVersion version) {
        if (!version.id().matches("[0-9]+(-[0-9]+)?")) {
            throw new ValidationException("no version " + version.id());
        }
        try {
            return Files.readAllBytes(folderOf(projectId, relativePath).resolve(version.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read version " + version.id() + " of " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** Marks the start and end of a changed word in {@link #rows}: a control character no source file uses. */
    public static final char MARK = '\u0001';

    /**
     * Side-by-side rows (old left, new right), the text as it is (no HTML escaping, tabs kept), changed words between
     * {@link #MARK}s.
     */
    public static List<DiffRow> rows(String older, String newer) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true)
                .mergeOriginalRevised(false).lineNormalizer(line -> line)
                .oldTag(start -> String.valueOf(MARK)).newTag(start -> String.valueOf(MARK)).build();
        return generator.generateDiffRows(older.lines().toList(), newer.lines().toList());
    }

    /** A unified diff, as {@code diff -u} prints it. */
    public static List<String> unified(String name, String older, String newer) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, patch, 3);
    }

    private Path folderOf(long projectId, String relativePath) {
        return root.resolve(Long.toString(projectId)).resolve(hash(relativePath));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
