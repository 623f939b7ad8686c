package io.kumo.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.common.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Finds out what an interpreter is by running it with a small script (which also runs on Python 2). A missing file, a
 * program that is not Python and an interpreter that fails to start each get their own message.
 */
public final class InterpreterProbe {

    private static final String MARKER = "KUMO-PROBE ";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String SCRIPT = String.join("\n",
            "import sys, json, platform, struct",
            "try:",
            "    import importlib.util as u",
            "    pip = u.find_spec('pip') is not None",
            "except Exception:",
            "    import pkgutil",
            "    pip = pkgutil.find_loader('pip') is not None",
            "print('" + MARKER + "' + json.dumps({'version': platform.python_version(),",
            "    'implementation': platform.python_implementation(), 'machine': platform.machine(),",
            "    'bits': struct.calcsize('P') * 8, 'executable': sys.executable, 'prefix': sys.prefix,",
            "    'base_prefix': getattr(sys, 'base_prefix', sys.prefix), 'pip': pip}))");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolRunner runner;

    public InterpreterProbe(ToolRunner runner) {
        this.runner = runner;
    }

    /**
     * @throws ValidationException naming the path and what is wrong with it
     */
    public InterpreterInfo probe(Path path, InterpreterKind kind) {
        if (!Files.exists(path)) {
            throw new ValidationException("No file at " + path);
        }
        if (Files.isDirectory(path)) {
            throw new ValidationException(path + " is a folder, not a Python interpreter");
        }
        if (!Files.isExecutable(path)) {
            throw new ValidationException(path + " is not executable");
        }
        ToolResult result;
        try {
            result = runner.run(ToolRunner.Invocation.capturing(List.of(path.toString(), "-c", SCRIPT),
                    Map.of(), TIMEOUT), ToolOutput.discard(), Cancellation.none());
        } catch (ToolFailedException e) {
            throw new ValidationException(path + " is not a usable Python interpreter: " + e.getMessage());
        }
        String answer = result.stdout().lines().filter(line -> line.startsWith(MARKER)).findFirst().orElse(null);
        if (answer == null && !result.succeeded()) {
            throw new ValidationException(path + " is not a working Python interpreter: " + result.errorText());
        }
        if (answer == null) {
            String printed = result.stdout().strip();
            throw new ValidationException(path + " is not a Python interpreter"
                    + (printed.isEmpty() ? "" : " (it printed: " + abbreviate(printed) + ")"));
        }
        try {
            JsonNode node = JSON.readTree(answer.substring(MARKER.length()));
            return new InterpreterInfo(path, kind, node.path("version").asText(), node.path("implementation").asText(),
                    node.path("machine").asText() + " " + node.path("bits").asInt() + "-bit",
                    node.path("pip").asBoolean(), node.path("executable").asText(), node.path("prefix").asText(),
                    node.path("base_prefix").asText());
        } catch (IOException e) {
            throw new ValidationException(path + " gave an answer Kumo cannot read: " + abbreviate(answer));
        }
    }

    private static String abbreviate(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
