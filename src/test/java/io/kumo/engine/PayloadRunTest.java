package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.service.TaskVariables;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A webhook's body reaches the run it starts (and that run's retry) as KUMO_PAYLOAD; no other run has the variable. */
class PayloadRunTest {

    @TempDir
    Path dir;

    /** Prints what KUMO_PAYLOAD names; fails its first attempt when asked to (a marker file remembers it ran). */
    private Path script() throws IOException {
        return Files.writeString(dir.resolve("read.py"), """
                import json, os, sys
                path = os.environ.get("KUMO_PAYLOAD")
                print("payload:", json.load(open(path))["ref"] if path else "none", flush=True)
                marker = sys.argv[1] if len(sys.argv) > 1 else None
                if marker and not os.path.exists(marker):
                    open(marker, "w").close()
                    sys.exit(1)
                """);
    }

    @Test
    void aTriggeredRunReadsTheBodyThroughKumoPayload() throws IOException {
        Path script = script();
        try (Kumo kumo = new Kumo(TestCores.open(dir.resolve("data")), System.getenv())) {
            Task task = kumo.core.tasks().create(new Task("hook", "python3 " + script));
            Path payload = kumo.core.payloads().save("{\"ref\": \"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8));

            Run run = kumo.engine.runNow(task, payload);
            Run ended = kumo.await(task, r -> r.getStatus().isTerminal());

            assertThat(ended.getStatus()).isEqualTo(RunStatus.SUCCESS);
            assertThat(ended.getPayloadPath()).isEqualTo(payload.toString());
            assertThat(kumo.engine.runs().find(run.getId()).orElseThrow().getPayloadPath()).isEqualTo(payload.toString());
            assertThat(Files.readString(Path.of(ended.getLogPath()))).contains("payload: refs/heads/main");
        }
    }

    @Test
    void anOtherRunHasNoKumoPayloadWhateverTheVariablesSay() throws IOException {
        Path script = script();
        Path decoy = Files.writeString(dir.resolve("decoy.json"), "{\"ref\": \"decoy\"}");
        Map<String, String> base = new HashMap<>(System.getenv());
        base.put("KUMO_PAYLOAD", decoy.toString());
        try (Kumo kumo = new Kumo(TestCores.open(dir.resolve("data")), base)) {
            Task task = new Task("plain", "python3 " + script);
            task.setEnvironmentVariables(TaskVariables.encode(Map.of("KUMO_PAYLOAD", decoy.toString())));
            task = kumo.core.tasks().create(task);

            kumo.engine.runNow(task);
            Run ended = kumo.await(task, r -> r.getStatus().isTerminal());

            assertThat(ended.getPayloadPath()).isNull();
            assertThat(Files.readString(Path.of(ended.getLogPath()))).contains("payload: none");
        }
    }

    @Test
    void theRetryOfATriggeredRunReadsTheSameBody() throws IOException {
        Path script = script();
        try (Kumo kumo = new Kumo(TestCores.open(dir.resolve("data")), System.getenv())) {
            Task task = new Task("flaky", "python3 " + script + " " + dir.resolve("failed-once"));
            task.setRetries(1);
            task.setRetryDelaySeconds(0);
            task = kumo.core.tasks().create(task);
            Path payload = kumo.core.payloads().save("{\"ref\": \"v2\"}".getBytes(StandardCharsets.UTF_8));

            kumo.engine.runNow(task, payload);
            Task flaky = task;
            Run retry = kumo.await(flaky, run -> run.getAttempt() == 2 && run.getStatus().isTerminal());

            List<Run> runs = kumo.runsOf(task);
            assertThat(runs).extracting(Run::getStatus).containsExactly(RunStatus.FAILED, RunStatus.SUCCESS);
            assertThat(retry.getPayloadPath()).isEqualTo(payload.toString());
            assertThat(Files.readString(Path.of(retry.getLogPath()))).contains("payload: v2");
        }
    }

    /** A real core with its engine started on the system clock. */
    private static final class Kumo implements AutoCloseable {
        final KumoCore core;
        final Engine engine;

        Kumo(KumoCore core, Map<String, String> baseEnvironment) {
            this.core = core;
            this.engine = core.startEngine(new OsProcessLauncher(), baseEnvironment);
        }

        List<Run> runsOf(Task task) {
            return engine.runs().latest(task.getId(), null, 100).reversed();
        }

        Run await(Task task, Predicate<Run> condition) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                Optional<Run> found = runsOf(task).stream().filter(condition).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                EngineFixture.sleep(25);
            }
            throw new AssertionError("timed out; runs: " + EngineFixture.describe(runsOf(task)));
        }

        @Override
        public void close() {
            core.close();
        }
    }
}
