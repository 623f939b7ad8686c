package io.kumo.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** {@code kumo} command lines on one data directory, each a real process of the packaged jar. */
public final class KumoCommands {

    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(90);

    private final Path dataDir;

    public KumoCommands(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The arguments behind {@code --data-dir DIR}. */
    public String[] withDir(String... args) {
        return Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args)).toArray(String[]::new);
    }

    public Result run(String... args) throws Exception {
        return runIn(Path.of("").toAbsolutePath(), args);
    }

    /** Started in {@code workDir}, as a user typing the command in that folder. */
    public Result runIn(Path workDir, String... args) throws Exception {
        try (KumoProcess process = KumoProcess.startIn(workDir, withDir(args))) {
            int code = process.waitForExit(COMMAND_LIMIT);
            return new Result(code, process.remainingStdout(), process.stderr());
        }
    }

    /** The first run that {@code kumo runs} reports RUNNING, asked until one is (at most a minute). */
    public JsonNode awaitRunning() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Result runs = run("runs", "--status", "RUNNING", "--json");
            if (runs.code() == 0 && !runs.json().isEmpty()) {
                return runs.json().get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no run became RUNNING");
    }

    public record Result(int code, String out, String err) {
        public JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }
}
