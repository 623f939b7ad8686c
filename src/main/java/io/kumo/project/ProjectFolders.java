package io.kumo.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Folder helpers for imported projects: free folder names, and unwrapping an archive's single top folder. */
final class ProjectFolders {

    private ProjectFolders() {
    }

    /** {@code parent/<name made safe>}, with {@code -2}, {@code -3}... when taken. */
    static Path freeFolder(Path parent, String name) {
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "project";
        }
        base = base.length() > 64 ? base.substring(0, 64) : base;
        Path candidate = parent.resolve(base);
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = parent.resolve(base + "-" + i);
        }
        return candidate;
    }

    /** The one folder an archive was wrapped in, if that is all it holds (macOS's {@code __MACOSX} aside). */
    static Path unwrapped(Path extracted) throws IOException {
        try (var children = Files.list(extracted)) {
            var meaningful = children.filter(child -> !child.getFileName().toString().equals("__MACOSX")).toList();
            if (meaningful.size() == 1 && Files.isDirectory(meaningful.getFirst(), LinkOption.NOFOLLOW_LINKS)) {
                return meaningful.getFirst();
            }
            return extracted;
        }
    }
}
