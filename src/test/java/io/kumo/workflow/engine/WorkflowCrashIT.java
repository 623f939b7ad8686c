package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real headless Kumo killed with SIGKILL while the middle step of A -> B -> C runs: the next start keeps A's
 * success, ends B and the run INTERRUPTED, and a re-run from the failed step runs B and C only.
 */
@EnabledOnOs(OS.LINUX)
class WorkflowCrashIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    @TempDir
    Path work;

    @Test
    void aRestartAfterAKillKeepsTheFinishedStepAndTheRerunRunsTheRest() throws Exception {
        KumoCommands commands = new KumoCommands(dataDir);
        Path fast = work.resolve("fast");
        Path file = work.resolve("crashy.yaml");
        Files.writeString(file, """
                name: crashy
                steps:
                  - name: a
                    command: echo ROWS=3 >> "$KUMO_OUTPUT"
                  - name: b
                    command: python3 -c "import os, time; time.sleep(0 if os.path.exists('%s') else 30); print('b saw', os.environ['ROWS'])"
                    depends: [a]
                  - name: c
                    command: echo c done
                    depends: [b]
                """.formatted(fast));
        long crashed;
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            KumoCommands.Result added = commands.run("workflow", "add", file.toString());
            assertThat(added.code()).as(added.err()).isZero();
            KumoCommands.Result started = commands.run("workflow", "run", "crashy");
            assertThat(started.code()).as(started.err()).isZero();
            crashed = Long.parseLong(started.out().strip());
            awaitRun(commands, crashed, run -> "RUNNING".equals(step(run, "b").get("status").asText())
                    && !step(run, "b").get("run_id").isNull());

            kumo.signal("KILL");
            kumo.waitForExit(Duration.ofSeconds(30));
        }
        Files.writeString(fast, "");

        try (KumoProcess restarted = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(restarted.nextLine(STARTUP)).startsWith("Kumo running headless");
            JsonNode recovered = awaitRun(commands, crashed, run -> run.get("status").asText().equals("INTERRUPTED"));
            assertThat(step(recovered, "a").get("status").asText()).isEqualTo("SUCCESS");
            assertThat(step(recovered, "b").get("status").asText()).isEqualTo("INTERRUPTED");

            KumoCommands.Result rerun = commands.run("workflow", "rerun", Long.toString(crashed), "--from-failed");
            assertThat(rerun.code()).as(rerun.err()).isZero();
            long second = Long.parseLong(rerun.out().strip());
            JsonNode done = awaitRun(commands, second, run -> run.get("status").asText().equals("SUCCESS"));

            assertThat(step(done, "a").get("run_id").asLong()).isEqualTo(step(recovered, "a").get("run_id").asLong());
            assertThat(step(done, "b").get("run_id").asLong()).isNotEqualTo(step(recovered, "b").get("run_id").asLong());
            assertThat(step(done, "c").get("status").asText()).isEqualTo("SUCCESS");
            restarted.signal("TERM");
            assertThat(restarted.waitForExit(Duration.ofSeconds(60))).isZero();
        }
    }

    private static JsonNode step(JsonNode run, String name) {
        for (JsonNode step : run.get("steps")) {
            if (step.get("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name + " in " + run);
    }

    private static JsonNode awaitRun(KumoCommands commands, long id, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            KumoCommands.Result runs = commands.run("workflow", "runs", "crashy", "--json");
            assertThat(runs.code()).as(runs.err()).isZero();
            for (JsonNode run : runs.json()) {
                if (run.get("id").asLong() == id) {
                    last = run;
                    if (condition.test(run)) {
                        return run;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("workflow run #" + id + " did not get there: " + last);
    }
}
