package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.python.ToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds out once per interpreter which of ruff, black and pyflakes it can import, and remembers it until the
 * environment's packages change ({@link #forget}) or the user asks again. The question (a Python process, up to a minute)
 * runs outside the map's lock: callers asking about the same interpreter meanwhile wait for that one answer, and a
 * failure is remembered for {@link #FAILURE_KEPT_NANOS} so a broken interpreter is not started again on every keystroke.
 */
final class ToolDetection {

    static final long FAILURE_KEPT_NANOS = 30_000_000_000L;

    private static final String SCRIPT = "import importlib.util, json; print(json.dumps({n: importlib.util.find_spec(n) "
            + "is not None for n in ('ruff', 'black', 'pyflakes')}))";

    private record Failure(RuntimeException error, long atNanos) {
    }

    private final StdinToolRunner tools;
    private final Map<Path, CompletableFuture<AvailableTools>> known = new ConcurrentHashMap<>();
    private final Map<Path, Failure> failures = new ConcurrentHashMap<>();

    ToolDetection(StdinToolRunner tools) {
        this.tools = tools;
    }

    AvailableTools of(Path python) {
        Failure failure = failures.get(python);
        if (failure != null) {
            if (System.nanoTime() - failure.atNanos() < FAILURE_KEPT_NANOS) {
                throw failure.error();
            }
            failures.remove(python, failure);
        }
        CompletableFuture<AvailableTools> mine = new CompletableFuture<>();
        CompletableFuture<AvailableTools> existing = known.putIfAbsent(python, mine);
        if (existing != null) {
            return await(existing);
        }
        try {
            AvailableTools found = detect(python);
            mine.complete(found);
            return found;
        } catch (Throwable e) { // whatever happens, the callers waiting on this answer are told
            if (e instanceof RuntimeException failed) {
                failures.put(python, new Failure(failed, System.nanoTime()));
            }
            known.remove(python, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    void forget(Path python) {
        known.remove(python);
        failures.remove(python);
    }

    private static AvailableTools await(CompletableFuture<AvailableTools> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
