package io.kumo.project;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a click on a README link should do: open a web address in the browser, open a file of the project in the
 * editor, or nothing (an anchor in the page, a file outside the project, something unreadable).
 */
public sealed interface ReadmeLink {

    record Web(String url) implements ReadmeLink {
    }

    /** A file of the project, by its path relative to the project folder with "/" separators. */
    record ProjectFile(String relativePath) implements ReadmeLink {
    }

    record Nothing() implements ReadmeLink {
    }

    /** Classifies a link as the page resolved it (relative links are resolved against the project folder). */
    static ReadmeLink of(String href, Path folder) {
        if (href == null || href.isBlank()) {
            return new Nothing();
        }
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return new Nothing();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
            return new Web(uri.toString());
        }
        if (!scheme.equals("file")) {
            return new Nothing();
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target = Path.of(uri.getPath()).toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root) || !Files.isRegularFile(target)) {
            return new Nothing();
        }
        return new ProjectFile(root.relativize(target).toString().replace('\\', '/'));
    }
}
