package io.kumo.code.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A language server found on disk and how to start it over stdio; {@code version} is its package's version when the
 * environment records it (empty otherwise).
 */
public record LanguageServerCommand(LanguageServerKind kind, Path executable, String version) {

    /** What the editor's status line calls it: "pyright 1.1.414". */
    public String describe() {
        return version.isEmpty() ? kind.displayName() : kind.displayName() + " " + version;
    }

    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(executable.toString());
        argv.addAll(kind.arguments());
        return argv;
    }
}
