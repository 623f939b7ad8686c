package io.kumo.project;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A project's files for the tree and the editor: one folder listed at a time (so a tree of 10,000+ files opens at
 * once), without {@code .git}, caches and virtualenv folders; files opened and saved through {@link TextFiles}, each
 * save keeping the previous version in the {@link FileHistory}. Paths never leave the project folder.
 */
public final class ProjectFiles {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "__pycache__", ".mypy_cache",
            ".pytest_cache", ".ruff_cache", ".tox", ".nox", "node_modules", ".idea", ".DS_Store");

    private final TextFiles textFiles;
    private final FileHistory history;
    private final AuditService audit;

    public ProjectFiles(TextFiles textFiles, FileHistory history, AuditService audit) {
        this.textFiles = textFiles;
        this.history = history;
        this.audit = audit;
    }

    /** The entries of {@code relativeFolder} ("" for the root): folders first, then by name. */
    public List<FileNode> children(Project project, String relativeFolder) {
        Path root = root(project);
        Path folder = resolve(project, relativeFolder);
        List<FileNode> nodes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (SKIPPED.contains(name)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                boolean directory = attributes.isDirectory();
                if (directory && Files.exists(entry.resolve("pyvenv.cfg"), LinkOption.NOFOLLOW_LINKS)) {
                    continue; // a virtualenv: thousands of files nobody edits here
                }
                nodes.add(new FileNode(entry, root.relativize(entry).toString().replace('\\', '/'), name, directory,
                        directory ? 0 : attributes.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        nodes.sort(Comparator.comparing((FileNode node) -> !node.directory())
                .thenComparing(node -> node.name().toLowerCase(Locale.ROOT)));
        return nodes;
    }

    public TextDocument open(Project project, String relativePath) {
        Path file = resolve(project, relativePath);
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("No file " + relativePath + " in project " + project.getName());
        }
        return textFiles.open(file);
    }

    /**
     * Saves the text; the bytes on disk before the save become the newest history version.
     *
     * @throws FileChangedOnDiskException when another program changed the file and {@code force} is false
     */
    public TextDocument save(Project project, TextDocument document, String text, boolean force) {
        String relativePath = relative(project, document.path());
        if (!force && textFiles.changedOnDisk(document)) {
            throw new FileChangedOnDiskException(document.path().getFileName()
                    + " was changed by another program since it was opened");
        }
        keepCurrent(project, relativePath, document.path());
        TextDocument saved = textFiles.save(document, text, true);
        audit.record(AuditAction.SAVE_FILE, project, List.of(), relativePath);
        return saved;
    }

    /** Whether another program changed or removed the file since the document was read or saved. */
    public TextFiles.DiskState diskState(TextDocument document) {
        return textFiles.diskState(document);
    }

    public List<FileVersion> history(Project project, String relativePath) {
        return history.versions(project.getId(), normalized(project, relativePath));
    }

    /** An earlier version decoded the way the current file is. */
    public String versionText(Project project, TextDocument current, FileVersion version) {
        byte[] bytes = history.read(project.getId(), relative(project, current.path()), version);
        return TextFiles.decodeLike(current, bytes);
    }

    /** Writes an earlier version back over the file (the current content is kept as a version first). */
    public TextDocument restore(Project project, TextDocument current, FileVersion version) {
        String text = versionText(project, current, version);
        return save(project, current, text, true);
    }

    public Path root(Project project) {
        return Path.of(project.getRootPath()).toAbsolutePath().normalize();
    }

    /** A path inside the project; anything that would leave it is refused. */
    public Path resolve(Project project, String relativePath) {
        Path root = root(project);
        Path resolved = root.resolve(relativePath == null ? "" : relativePath).normalize();
        if (!resolved.startsWith(root)) {
            throw new ValidationException(relativePath + " is outside project " + project.getName());
        }
        return resolved;
    }

    private String normalized(Project project, String relativePath) {
        return relative(project, resolve(project, relativePath));
    }

    private String relative(Project project, Path file) {
        return root(project).relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private void keepCurrent(Project project, String relativePath, Path file) {
        try {
            if (Files.exists(file)) {
                history.keep(project.getId(), relativePath, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the previous version of " + relativePath
                    + " (nothing was saved): " + e.getMessage(), e);
        }
    }
}
