package io.kumo.supervisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Finds the program of a command the way a shell does (PATH of the child's environment), to fail with a clear message. */
public final class ExecutableResolver {

    private ExecutableResolver() {
    }

    public static Path resolve(String program, String pathVariable, Path workDir) throws IOException {
        boolean windows = File.separatorChar == '\\';
        if (program.contains("/") || (windows && program.contains("\\"))) {
            Path candidate = workDir.resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
            throw new IOException("cannot start '" + program + "': " + (Files.exists(candidate) ? "not executable" : "no such file"));
        }
        List<String> extensions = windows ? List.of("", ".exe", ".cmd", ".bat") : List.of("");
        for (String directory : (pathVariable == null ? "" : pathVariable).split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            for (String extension : extensions) {
                Path candidate = Path.of(directory).resolve(program + extension);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IOException("cannot start '" + program + "': not found on PATH"
                + (program.toLowerCase(Locale.ROOT).startsWith("python") ? " (is the task's Python environment set up?)" : ""));
    }
}
