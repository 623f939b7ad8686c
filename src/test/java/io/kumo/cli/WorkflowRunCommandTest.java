package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo workflow run --wait} and {@code rerun --from-failed} end to end: real engine, real processes, real H2. */
class WorkflowRunCommandTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;

    /** {@code mark} fails until the file FLAG exists; {@code after} depends on it. */
    private String flaky(Path flag) {
        return """
                name: flaky
                params:
                  GREETING: hello
                steps:
                  - name: first
                    command: sh -c 'echo "$GREETING"'
                  - name: mark
                    command: sh -c 'test -e %s'
                    depends: [first]
                  - name: after
                    command: "true"
                    depends: [mark]
                """.formatted(flag);
    }

    private Path file(String content) throws Exception {
        return Files.writeString(files.resolve("wf.yaml"), content, StandardCharsets.UTF_8);
    }

    @Test
    void runWaitStreamsStepLinesExitsOneOnAFailureAndRerunFromFailedKeepsTheSuccess() throws Exception {
        Path flag = files.resolve("flag");
        CliRun cli = new CliRun(dir);
        assertThat(cli.kumo("workflow", "add", file(flaky(flag)).toString())).as(cli.err()).isZero();

        assertThat(cli.kumo("workflow", "run", "flaky", "--wait", "--param", "GREETING=hi")).isEqualTo(ExitCodes.FAILURE);

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.getFirst()).matches("\\d\\d:\\d\\d:\\d\\d workflow run #\\d+ started");
        assertThat(lines).anyMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d first SUCCESS exit 0 \\d+\\.\\d s"));
        assertThat(lines).anyMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d mark FAILED exit 1 \\d+\\.\\d s.*"));
        assertThat(lines.getLast()).matches("\\d\\d:\\d\\d:\\d\\d workflow flaky run #\\d+ FAILED.*");
        assertThat(cli.err()).startsWith("kumo: workflow run #").contains("ended FAILED");

        assertThat(cli.kumo("workflow", "runs", "flaky", "--json")).isZero();
        JsonNode failed = cli.json().get(0);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(step(failed, "first").get("status").asText()).isEqualTo("SUCCESS");
        assertThat(step(failed, "mark").get("exit_code").asInt()).isEqualTo(1);
        long failedId = failed.get("id").asLong();
        long firstRun = step(failed, "first").get("run_id").asLong();

        Files.createFile(flag);
        assertThat(cli.kumo("workflow", "rerun", String.valueOf(failedId), "--from-failed", "--wait")).as(cli.out() + cli.err())
                .isZero();
        assertThat(cli.out()).contains(" mark SUCCESS exit 0").contains(" after SUCCESS exit 0");

        assertThat(cli.kumo("workflow", "runs", "flaky", "--json")).isZero();
        JsonNode rerun = cli.json().get(0);
        assertThat(rerun.get("id").asLong()).isNotEqualTo(failedId);
        assertThat(rerun.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(step(rerun, "first").get("run_id").asLong()).as("kept from the failed run, not run again")
                .isEqualTo(firstRun);

        assertThat(cli.kumo("workflow", "rerun", String.valueOf(rerun.get("id").asLong()), "--from-failed"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("had no failed step");
    }

    @Test
    void runWithoutWaitPrintsTheRunIdAndTheRunEndsBeforeTheCommandOnItsOwn() throws Exception {
        CliRun cli = new CliRun(dir);
        assertThat(cli.kumo("workflow", "add", file("""
                name: quick
                steps:
                  - name: only
                    command: "true"
                """).toString())).isZero();

        assertThat(cli.kumo("workflow", "run", "quick")).as(cli.err()).isZero();

        long id = Long.parseLong(cli.out().strip());
        assertThat(cli.kumo("workflow", "runs", "quick", "--json")).isZero();
        assertThat(cli.json().get(0).get("id").asLong()).isEqualTo(id);
        assertThat(cli.json().get(0).get("status").asText()).isEqualTo("SUCCESS");
    }

    @Test
    void insideARunningKumoRunGoesToItsEngineAndWaitFollowsTheRun() throws Exception {
        try (KumoCore core = TestCores.open(dir)) {
            core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path yaml = file("""
                    name: two
                    steps:
                      - name: a
                        command: "true"
                      - name: b
                        command: "true"
                        depends: [a]
                    """);

            assertThat(KumoCli.runForwarded(new String[] {"workflow", "add", yaml.toString()}, core,
                    new PrintWriter(out, true), new PrintWriter(err, true))).as(err.toString()).isZero();
            int code = KumoCli.runForwarded(new String[] {"workflow", "run", "two", "--wait"}, core,
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(code).as(out + err.toString()).isZero();
            assertThat(out.toString()).contains(" a SUCCESS exit 0").contains(" b SUCCESS exit 0")
                    .containsPattern("workflow two run #\\d+ SUCCESS");
            assertThat(out.toString().indexOf(" a SUCCESS")).isLessThan(out.toString().indexOf(" b SUCCESS"));
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

}
