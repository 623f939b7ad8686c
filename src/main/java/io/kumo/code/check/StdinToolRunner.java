package io.kumo.code.check;

import io.kumo.python.Cancellation;
import io.kumo.python.ToolFailedException;
import io.kumo.python.ToolOutput;
import io.kumo.python.ToolResult;
import io.kumo.python.ToolRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code python ARGS} with the editor's text on its standard input. Kumo's tools start with stdin from
 * /dev/null, so the text goes to a private temporary file and a tiny driver script pipes it into the tool.
 */
final class StdinToolRunner {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DRIVER = String.join("\n",
            "import subprocess, sys",
            "with open(sys.argv[1], 'rb') as f: data = f.read()",
            "r = subprocess.run([sys.executable] + sys.argv[2:], input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)",
            "sys.stdout.buffer.write(r.stdout); sys.stdout.flush()",
            "sys.stderr.buffer.write(r.stderr); sys.stderr.flush()",
            "sys.exit(r.returncode)");

    private final ToolRunner runner;

    StdinToolRunner(ToolRunner runner) {
        this.runner = runner;
    }

    /** {@code python -c SCRIPT TEXTFILE ARGS...}: a script of ours reading the text from the file in argv[1]. */
    ToolResult script(Path python, String script, String text, List<String> arguments) {
        return withTextFile(text, file -> {
            List<String> argv = new ArrayList<>(List.of(python.toString(), "-c", script, file.toString()));
            argv.addAll(arguments);
            return run(argv);
        });
    }

    /** {@code python ARGS} reading {@code text} from standard input. */
    ToolResult piped(Path python, String text, List<String> arguments) {
        return withTextFile(text, file -> {
            List<String> argv = new ArrayList<>(List.of(python.toString(), "-c", DRIVER, file.toString()));
            argv.addAll(arguments);
            return run(argv);
        });
    }

    /** {@code python ARGS} with nothing on standard input. */
    ToolResult plain(Path python, List<String> arguments) {
        List<String> argv = new ArrayList<>(List.of(python.toString()));
        argv.addAll(arguments);
        return run(argv);
    }

    private ToolResult run(List<String> argv) {
        try {
            return runner.run(ToolRunner.Invocation.capturing(argv, Map.of(), TIMEOUT), ToolOutput.discard(),
                    Cancellation.none());
        } catch (ToolFailedException e) {
            throw new CheckFailedException(e.getMessage());
        }
    }

    private static ToolResult withTextFile(String text, java.util.function.Function<Path, ToolResult> use) {
        Path file;
        try {
            file = Files.createTempFile("kumo-check-", ".py"); // created readable by the owner only
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file for the checker: " + e.getMessage(), e);
        }
        try {
            return use.apply(file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in the temp folder is harmless
            }
        }
    }
}
