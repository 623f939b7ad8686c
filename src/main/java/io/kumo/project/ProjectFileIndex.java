package io.kumo.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a project folder for go-to-file, as paths relative to it with "/" separators. Skips what nobody
 * opens by name: version control folders, caches, node_modules and virtual environments (any folder holding a
 * {@code pyvenv.cfg}). Stops at {@link #MAX_FILES} so a huge folder cannot stall the editor.
 */
public final class ProjectFileIndex {

    public static final int MAX_FILES = 50_000;
    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv", "venv",
            ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".nox", ".idea", ".eggs");

    private ProjectFileIndex() {
    }

    /** Walks the folder; call off the FX thread. */
    public static List<String> list(Path root) {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && (SKIPPED.contains(dir.getFileName().toString()) || Files.exists(dir.resolve("pyvenv.cfg")))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(root.relativize(file).toString().replace('\\', '/'));
                    }
                    return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable entry is just not offered
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the files of " + root, e);
        }
        return files;
    }
}
