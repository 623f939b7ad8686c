package io.kumo.code.lsp;

import java.nio.file.Path;

/** Where a name is defined: a file and a 1-based line, 0-based column. */
public record DefinitionTarget(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
