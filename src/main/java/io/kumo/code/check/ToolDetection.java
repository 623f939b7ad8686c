package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.python.ToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds out once per interpreter which of ruff, black and pyflakes it can import, and remembers it until the
 * environment's packages change ({@link #forget}) or the user asks again.
 */
final class ToolDetection {

    private static final String SCRIPT = "import importlib.util, json; print(json.dumps({n: importlib.util.find_spec(n) "
            + "is not None for n in ('ruff', 'black', 'pyflakes')}))";

    private final StdinToolRunner tools;
    private final Map<Path, AvailableTools> known = new ConcurrentHashMap<>();

    ToolDetection(StdinToolRunner tools) {
        this.tools = tools;
    }

    AvailableTools of(Path python) {
        return known.computeIfAbsent(python, this::detect);
    }

    void forget(Path python) {
        known.remove(python);
    }

    private AvailableTools detect(Path python) {
        ToolResult result = tools.plain(python, List.of("-c", SCRIPT));
        if (!result.succeeded()) {
            throw new CheckFailedException(python + " cannot be asked for its tools: " + result.errorText());
        }
        JsonNode found = ProblemParsing.read(result.stdout(), python.toString());
        return new AvailableTools(found.path("ruff").asBoolean(), found.path("black").asBoolean(),
                found.path("pyflakes").asBoolean());
    }
}
