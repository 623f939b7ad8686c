package io.kumo.project;

import java.nio.file.Path;

/** A file or folder of a project, as the file tree shows it. */
public record FileNode(Path path, String relativePath, String name, boolean directory, long size) {
}
