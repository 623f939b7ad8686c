package io.kumo.python;

import java.nio.file.Path;

/**
 * A Python interpreter as it answered when run: version, implementation, architecture, whether pip is importable,
 * and its prefix (a venv's prefix differs from its base prefix).
 */
public record InterpreterInfo(Path path, InterpreterKind kind, String version, String implementation,
                              String architecture, boolean pipAvailable, String executable, String prefix,
                              String basePrefix) {

    public boolean isVirtualEnvironment() {
        return prefix != null && !prefix.equals(basePrefix);
    }

    public InterpreterInfo withKind(InterpreterKind newKind) {
        return new InterpreterInfo(path, newKind, version, implementation, architecture, pipAvailable, executable,
                prefix, basePrefix);
    }

    /** "3.11.7 (CPython, x86_64 64-bit)" */
    public String summary() {
        return version + " (" + implementation + ", " + architecture + ")";
    }
}
