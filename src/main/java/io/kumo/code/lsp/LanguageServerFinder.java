package io.kumo.code.lsp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a Python language server next to a project's interpreter (its environment's bin folder), or on the search path
 * when the project runs on the system's {@code python3}: pylsp, jedi-language-server, pyright, basedpyright, the first
 * one present wins.
 */
public final class LanguageServerFinder {

    private final List<Path> searchPath;

    /** @param searchPath the folders searched when the interpreter is a bare name such as {@code python3} */
    public LanguageServerFinder(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** Searches the process's {@code PATH} for bare interpreters. */
    public static LanguageServerFinder fromEnvironment() {
        String path = System.getenv().getOrDefault("PATH", "");
        return new LanguageServerFinder(Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList());
    }

    public Optional<LanguageServerCommand> find(Path python) {
        List<Path> folders = python.getParent() != null ? List.of(python.getParent()) : searchPath;
        for (LanguageServerKind kind : LanguageServerKind.values()) {
            for (Path folder : folders) {
                Path candidate = folder.resolve(kind.executable());
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new LanguageServerCommand(kind, candidate, installedVersion(folder, kind)));
                }
            }
        }
        return Optional.empty();
    }

    /** The version in the package's dist-info folder next to a venv's bin folder ({@code lib/python3.X/site-packages}). */
    static String installedVersion(Path bin, LanguageServerKind kind) {
        Path lib = bin.resolveSibling("lib");
        String prefix = kind.packageName().replace('-', '_').toLowerCase(java.util.Locale.ROOT) + "-";
        try (Stream<Path> pythons = Files.list(lib)) {
            for (Path python : pythons.toList()) {
                try (Stream<Path> packages = Files.list(python.resolve("site-packages"))) {
                    Optional<String> version = packages.map(p -> p.getFileName().toString())
                            .filter(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith(prefix) && name.endsWith(".dist-info"))
                            .map(name -> name.substring(prefix.length(), name.length() - ".dist-info".length())).findFirst();
                    if (version.isPresent()) {
                        return version.get();
                    }
                } catch (IOException noSitePackages) {
                    // not a Python folder
                }
            }
        } catch (IOException noLib) {
            // not a venv: the version stays unknown
        }
        return "";
    }
}
