package io.kumo.cli;

import static io.kumo.testkit.WorkflowFiles.ETL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowRunRows;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo workflow ...} on the data directory alone: exit codes, stderr lines, output and JSON shapes. */
class WorkflowCommandTest {

    private static final Instant T = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;
    @TempDir
    Path files;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void addSaysAddedThenReplacedAndShowYamlGivesTheFileBackByteForByte() throws Exception {
        String crlf = ETL.replace("\n", "\r\n") + "# trailing comment without newline";
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("added workflow etl (3 steps)\n");

        assertThat(cli.kumo("workflow", "add", file("etl2.yaml", crlf).toString())).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("replaced workflow etl (3 steps)\n");

        assertThat(cli.kumo("workflow", "show", "etl", "--yaml")).isZero();
        assertThat(cli.out()).isEqualTo(crlf);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aDaguFileWithoutANameIsAddedUnderItsFileName() throws Exception {
        String dagu = "steps:\n  - name: hello\n    command: echo hello\n";

        assertThat(cli.kumo("workflow", "add", file("hello_world.yaml", dagu).toString())).as(cli.err()).isZero();

        assertThat(cli.out()).isEqualTo("added workflow hello_world (1 step)\n");
        assertThat(cli.kumo("workflow", "show", "hello_world", "--yaml")).isZero();
        assertThat(cli.out()).isEqualTo("name: \"hello_world\"\n" + dagu);
    }

    @Test
    void addReadsStandardInputForADash() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(ETL.getBytes(StandardCharsets.UTF_8)));
            assertThat(cli.kumo("workflow", "add", "-")).as(cli.err()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(cli.out()).isEqualTo("added workflow etl (3 steps)\n");
        assertThat(cli.kumo("workflow", "export", "etl")).isZero();
        assertThat(cli.out()).isEqualTo(ETL);
    }

    @Test
    void anInvalidFileExitsTwoWithOneLineNamingTheFileAndLineAndStoresNothing() throws Exception {
        Path bad = file("bad.yaml", "name: broken\nsteps:\n  - name: a\n    command: [unclosed\n");

        assertThat(cli.kumo("workflow", "add", bad.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).startsWith("kumo: " + bad + ": line ").endsWith("\n");
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.kumo("workflow", "list", "--json")).isZero();
        assertThat(cli.json()).isEmpty();
        assertThat(cli.kumo("audit", "--json")).isZero();
        assertThat(cli.out()).doesNotContain("WORKFLOW");
    }

    @Test
    void aCycleIsRefusedNamingItsSteps() throws Exception {
        Path cycle = file("cycle.yaml", """
                name: loop
                steps:
                  - name: first
                    command: "true"
                    depends: [second]
                  - name: second
                    command: "true"
                    depends: [first]
                """);

        assertThat(cli.kumo("workflow", "add", cycle.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("first").contains("second");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void aMissingFileExitsTwo() {
        assertThat(cli.kumo("workflow", "add", files.resolve("none.yaml").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("kumo: No file at " + files.resolve("none.yaml") + "\n");
    }

    @Test
    void listJsonNamesEachWorkflowWithItsStepsScheduleAndLastRun() throws Exception {
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).isZero();

        assertThat(cli.kumo("workflow", "list", "--json")).isZero();
        JsonNode workflow = cli.json().get(0);
        assertThat(workflow.get("name").asText()).isEqualTo("etl");
        assertThat(workflow.get("steps").asInt()).isEqualTo(3);
        assertThat(workflow.get("schedule").asText()).isEqualTo("manual");
        assertThat(workflow.get("enabled").asBoolean()).isTrue();
        assertThat(workflow.get("last_status").isNull()).isTrue();
        assertThat(workflow.get("next_run_at").isNull()).isTrue();

        assertThat(cli.kumo("workflow", "list")).isZero();
        assertThat(cli.out()).startsWith("etl").contains("3 steps").contains("manual");
    }

    @Test
    void showListsStepsWithTheirDependencies() throws Exception {
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).isZero();

        assertThat(cli.kumo("workflow", "show", "etl")).isZero();

        assertThat(cli.out()).contains("name:        etl\n").contains("  transform: echo transform\n    after: extract\n");
    }

    @Test
    void pauseResumeExportAndRmChangeWhatTheySay() throws Exception {
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).isZero();

        assertThat(cli.kumo("workflow", "pause", "etl")).isZero();
        assertThat(cli.out()).isEqualTo("paused workflow etl\n");
        assertThat(cli.kumo("workflow", "list", "--json")).isZero();
        assertThat(cli.json().get(0).get("enabled").asBoolean()).isFalse();
        assertThat(cli.kumo("workflow", "resume", "etl")).isZero();

        Path exported = files.resolve("out.yaml");
        assertThat(cli.kumo("workflow", "export", "etl", exported.toString())).isZero();
        assertThat(Files.readString(exported)).isEqualTo(ETL);

        assertThat(cli.kumo("workflow", "rm", "etl")).isZero();
        assertThat(cli.out()).isEqualTo("removed workflow etl\n");
        assertThat(cli.kumo("workflow", "list")).isZero();
        assertThat(cli.out()).startsWith("No workflows.");
    }

    @Test
    void anUnknownWorkflowOrRunExitsTwoWithOneLine() {
        for (List<String> command : List.of(List.of("show", "nope"), List.of("rm", "nope"), List.of("runs", "nope"),
                List.of("run", "nope"), List.of("pause", "nope"), List.of("export", "nope"),
                List.of("rerun", "99", "--from-failed"))) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("workflow"), command.stream())
                    .toArray(String[]::new);
            assertThat(cli.kumo(args)).as(String.join(" ", command)).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err()).as(String.join(" ", command)).startsWith("kumo: no workflow").endsWith("\n");
            assertThat(cli.err().lines()).hasSize(1);
        }
    }

    @Test
    void aBadParameterOrMissingFromFailedIsAUsageError() throws Exception {
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).isZero();

        assertThat(cli.kumo("workflow", "run", "etl", "--param", "NOEQUALS")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.kumo("workflow", "run", "etl", "--param", "DAY=1")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("kumo: workflow etl has no parameter 'DAY' (it has none)\n");
        assertThat(cli.kumo("workflow", "rerun", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--from-failed");
    }

    @Test
    void runsJsonHasTheIssuesShapeNewestFirst() throws Exception {
        assertThat(cli.kumo("workflow", "add", file("etl.yaml", ETL).toString())).isZero();
        long older;
        long newer;
        try (KumoCore core = TestCores.open(dir.resolve("data"))) {
            long id = core.workflowService().get("etl").id();
            WorkflowRunRows rows = new WorkflowRunRows(core.database());
            older = rows.run(id, "etl", "SUCCESS", T, T.plusSeconds(3), null);
            newer = rows.run(id, "etl", "FAILED", T.plusSeconds(10), T.plusSeconds(14), null);
            rows.step(newer, "extract", null, 0, "SUCCESS", 0, 5L, T.plusSeconds(10), T.plusSeconds(11), null);
            rows.step(newer, "transform", null, 1, "FAILED", 2, 6L, T.plusSeconds(11), T.plusSeconds(14), null);
            rows.step(newer, "load", null, 2, "SKIPPED", null, null, null, null, null);
        }

        assertThat(cli.kumo("workflow", "runs", "etl", "--json")).as(cli.err()).isZero();

        JsonNode runs = cli.json();
        assertThat(runs).hasSize(2);
        JsonNode run = runs.get(0);
        assertThat(run.get("id").asLong()).isEqualTo(newer);
        assertThat(runs.get(1).get("id").asLong()).isEqualTo(older);
        assertThat(fieldNames(run)).containsExactly("id", "status", "started_at", "ended_at", "steps");
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("started_at").asText()).isEqualTo("2026-03-01T06:00:10.000Z");
        JsonNode transform = run.get("steps").get(1);
        assertThat(fieldNames(transform)).containsExactly("name", "status", "started_at", "ended_at", "exit_code", "run_id");
        assertThat(transform.get("name").asText()).isEqualTo("transform");
        assertThat(transform.get("exit_code").asInt()).isEqualTo(2);
        assertThat(transform.get("run_id").asLong()).isEqualTo(6);
        JsonNode load = run.get("steps").get(2);
        assertThat(load.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(load.get("started_at").isNull()).isTrue();
        assertThat(load.get("exit_code").isNull()).isTrue();
        assertThat(load.get("run_id").isNull()).isTrue();

        assertThat(cli.kumo("workflow", "runs", "etl", "--limit", "1", "--json")).isZero();
        assertThat(cli.json()).hasSize(1);
        assertThat(cli.kumo("workflow", "runs", "etl", "--limit", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.kumo("workflow", "runs", "etl")).isZero();
        assertThat(cli.out()).startsWith("#" + newer).contains("transform FAILED");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
