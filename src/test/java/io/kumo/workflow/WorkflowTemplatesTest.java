package io.kumo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.supervisor.CommandLineSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowTemplatesTest {

    @TempDir
    Path dir;

    private static WorkflowDefinition template(String id) {
        return WorkflowYaml.parse(WorkflowTemplates.all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().yaml());
    }

    @Test
    void offersEtlFanOutAndReport() {
        assertThat(WorkflowTemplates.all()).extracting(WorkflowTemplates.Template::id).containsExactly("etl", "fan-out", "report");
        assertThat(WorkflowTemplates.all()).allSatisfy(t -> assertThat(t.description()).isNotBlank());
    }

    @Test
    void everyTemplateParsesValidatesAndRoundTrips() {
        for (WorkflowTemplates.Template template : WorkflowTemplates.all()) {
            WorkflowDefinition definition = WorkflowYaml.parse(template.yaml());
            assertThat(WorkflowValidator.problems(definition)).as(template.id()).isEmpty();
            WorkflowYamlTest.assertRoundTrip(definition);
        }
    }

    @Test
    void etlPassesRowsFromExtractToTransformAndHasAFailureHandler() throws Exception {
        WorkflowDefinition etl = template("etl");

        assertThat(WorkflowGraph.of(etl).topologicalOrder()).containsExactly("extract", "transform", "load");
        assertThat(etl.handlers().failure()).isNotNull();
        assertThat(runInOrder(etl)).containsExactly("extracted 1200 rows from demo", "kept 1080 of 1200 rows", "loaded 1080 rows");
    }

    @Test
    void fanOutRunsScrapersSideBySideThenMerges() throws Exception {
        WorkflowDefinition fanOut = template("fan-out");
        WorkflowGraph graph = WorkflowGraph.of(fanOut);

        assertThat(graph.dependencies("merge")).containsExactly("scrape-1", "scrape-2", "scrape-3");
        assertThat(graph.ancestors("scrape-2")).isEmpty();
        assertThat(runInOrder(fanOut)).last().isEqualTo("merged 66 items");
    }

    @Test
    void reportRetriesChecksAPreconditionAndAnnouncesSuccess() throws Exception {
        WorkflowDefinition report = template("report");
        StepDefinition build = report.step("build").orElseThrow();

        assertThat(report.schedule().cron()).isEqualTo("30 2 * * *");
        assertThat(build.retry().limit()).isEqualTo(3);
        assertThat(build.preconditions()).hasSize(1);
        assertThat(report.handlers().success()).isNotNull();
        Map<String, String> env = new HashMap<>(Map.of("REPORT_DIR", dir.resolve("reports").toString()));
        assertThat(run(build.preconditions().getFirst().condition(), env).exitCode).isZero();
        assertThat(runInOrder(report, env)).last().asString().startsWith("report has ");
        assertThat(dir.resolve("reports/report.txt")).exists();
    }

    private List<String> runInOrder(WorkflowDefinition definition) throws Exception {
        return runInOrder(definition, new HashMap<>());
    }

    /** Runs each step's command the way Kumo runs one without a shell, passing outputs on as the engine does. */
    private List<String> runInOrder(WorkflowDefinition definition, Map<String, String> env) throws Exception {
        definition.params().forEach(env::putIfAbsent);
        List<String> printed = new ArrayList<>();
        for (String name : WorkflowGraph.of(definition).topologicalOrder()) {
            Result result = run(definition.step(name).orElseThrow().command(), env);
            assertThat(result.exitCode).as(name + ": " + result.printed).isZero();
            printed.add(result.printed.strip());
            for (String line : Files.readAllLines(result.output)) {
                int equals = line.indexOf('=');
                env.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return printed;
    }

    private record Result(int exitCode, String printed, Path output) {
    }

    private Result run(String command, Map<String, String> env) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "output", ".env");
        ProcessBuilder builder = new ProcessBuilder(CommandLineSplitter.split(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("KUMO_OUTPUT", output.toString());
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), printed, output);
    }
}
