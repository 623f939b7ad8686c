package io.kumo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.TriggerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class WorkflowYamlTest {

    private static final String FULL = """
            name: nightly etl
            description: pulls, cleans and loads
            schedule: "0 2 * * *"
            zone: Europe/Berlin
            params:
              DAY: today
            env:
              - LOG_LEVEL=debug
            maxActiveSteps: 2
            timeout: 2h
            overlap: queue
            misfire: all
            steps:
              - name: extract
                command: python3 extract.py --day $DAY
                dir: /srv/etl
                project: warehouse
                environment: etl-venv
                env:
                  LIMIT: "100"
                output: ROWS
                retryPolicy:
                  limit: 3
                  intervalSec: 30
                timeout: 10m
                position: {x: 10, y: 20.5}
              - name: transform
                task: clean rows
                depends: extract
                runIf: always
                continueOn:
                  failure: true
                preconditions:
                  - condition: "`date +%u`"
                    expected: "re:[1-5]"
                  - test -f /srv/etl/ready
              - name: load
                command: [python3, load.py, "two words"]
                depends:
                  - transform
                timeoutSec: 60
            handlerOn:
              failure:
                command: python3 alert.py
              exit:
                name: cleanup
                command: rm -rf /tmp/etl
            """;

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
        return assertThatThrownBy(() -> WorkflowYaml.parse(yaml)).isInstanceOf(WorkflowFileException.class);
    }

    private static int lineOf(String yaml) {
        try {
            WorkflowYaml.parse(yaml);
        } catch (WorkflowFileException e) {
            return e.line();
        }
        throw new AssertionError("parsed");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = WorkflowYamlTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryKey() {
        WorkflowDefinition definition = WorkflowYaml.parse(FULL);

        assertThat(definition.name()).isEqualTo("nightly etl");
        assertThat(definition.description()).isEqualTo("pulls, cleans and loads");
        assertThat(definition.schedule()).isEqualTo(WorkflowSchedule.cron("0 2 * * *", "Europe/Berlin"));
        assertThat(definition.params()).containsExactly(Map.entry("DAY", "today"));
        assertThat(definition.env()).containsExactly(Map.entry("LOG_LEVEL", "debug"));
        assertThat(definition.maxActiveSteps()).isEqualTo(2);
        assertThat(definition.timeoutSeconds()).isEqualTo(7200L);
        assertThat(definition.overlap()).isEqualTo(OverlapPolicy.QUEUE);
        assertThat(definition.misfire()).isEqualTo(MisfirePolicy.ALL);

        StepDefinition extract = definition.steps().get(0);
        assertThat(extract.command()).isEqualTo("python3 extract.py --day $DAY");
        assertThat(extract.dir()).isEqualTo("/srv/etl");
        assertThat(extract.project()).isEqualTo("warehouse");
        assertThat(extract.environment()).isEqualTo("etl-venv");
        assertThat(extract.env()).containsExactly(Map.entry("LIMIT", "100"));
        assertThat(extract.output()).isEqualTo("ROWS");
        assertThat(extract.retry()).isEqualTo(new RetryPolicy(3, 30));
        assertThat(extract.timeoutSeconds()).isEqualTo(600L);
        assertThat(extract.position()).isEqualTo(new StepDefinition.Position(10, 20.5));

        StepDefinition transform = definition.steps().get(1);
        assertThat(transform.task()).isEqualTo("clean rows");
        assertThat(transform.runsTask()).isTrue();
        assertThat(transform.depends()).containsExactly("extract");
        assertThat(transform.runIf()).isEqualTo(RunCondition.ALWAYS);
        assertThat(transform.continueOnFailure()).isTrue();
        assertThat(transform.preconditions()).containsExactly(new Precondition("`date +%u`", "re:[1-5]"),
                new Precondition("test -f /srv/etl/ready", null));

        StepDefinition load = definition.steps().get(2);
        assertThat(load.command()).isEqualTo("python3 load.py 'two words'");
        assertThat(load.timeoutSeconds()).isEqualTo(60L);

        assertThat(definition.handlers().failure().name()).isEqualTo("on_failure");
        assertThat(definition.handlers().failure().command()).isEqualTo("python3 alert.py");
        assertThat(definition.handlers().exit().name()).isEqualTo("cleanup");
        assertThat(definition.handlers().success()).isNull();
    }

    @Test
    void aFileWithoutANameIsNamedAfterItsFileAsDaguDoes() {
        String dagu = "# a Dagu DAG\nsteps:\n  - name: a\n    command: echo hi\n";

        String named = WorkflowYaml.namedAfter(dagu, "nightly_report.yaml");

        assertThat(WorkflowYaml.parse(named).name()).isEqualTo("nightly_report");
        assertThat(named).endsWith(dagu);
        assertThat(WorkflowYaml.parse(WorkflowYaml.namedAfter("---\n" + dagu, "b.yml")).name()).isEqualTo("b");
        assertThat(WorkflowYaml.namedAfter("name: kept\n" + dagu, "other.yaml")).isEqualTo("name: kept\n" + dagu);
        assertThat(WorkflowYaml.namedAfter(dagu, null)).isEqualTo(dagu);
    }

    @Test
    void readsKumosOwnTriggers() {
        assertThat(WorkflowYaml.parse("name: w\nevery: 1h30m\nsteps:\n  - {name: a, command: x}\n").schedule())
                .isEqualTo(WorkflowSchedule.every(5400));
        assertThat(WorkflowYaml.parse("name: w\nat: 2030-01-02T03:04:05Z\nsteps:\n  - {name: a, command: x}\n").schedule())
                .isEqualTo(WorkflowSchedule.at(Instant.parse("2030-01-02T03:04:05Z")));
        assertThat(WorkflowYaml.parse("name: w\nschedule: ['*/5 * * * *']\nsteps:\n  - {name: a, command: x}\n").schedule().type())
                .isEqualTo(TriggerType.CRON);
    }

    @Test
    void readsDagusFormsOfParams() {
        assertThat(WorkflowYaml.parse("name: w\nparams: \"A=1 B='two words'\"\nsteps:\n  - {name: a, command: x}\n").params())
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"));
        assertThat(WorkflowYaml.parse("name: w\nparams:\n  - A=1\n  - B: 2\nsteps:\n  - {name: a, command: x}\n").params())
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(WorkflowYaml.parse("name: w\nparams: first second\nsteps:\n  - {name: a, command: x}\n").params())
                .containsExactly(Map.entry("1", "first"), Map.entry("2", "second"));
    }

    @Test
    void readsDagusCurrentSnakeCaseKeys() {
        WorkflowDefinition definition = WorkflowYaml.parse("""
                name: w
                max_active_steps: 3
                steps:
                  - name: a
                    command: x
                    working_dir: /tmp
                    retry_policy: {limit: 2, interval_sec: 5}
                    continue_on: failed
                    timeout_sec: 9
                handler_on:
                  abort:
                    command: y
                """);

        assertThat(definition.maxActiveSteps()).isEqualTo(3);
        StepDefinition step = definition.steps().getFirst();
        assertThat(step.dir()).isEqualTo("/tmp");
        assertThat(step.retry()).isEqualTo(new RetryPolicy(2, 5));
        assertThat(step.continueOnFailure()).isTrue();
        assertThat(step.timeoutSeconds()).isEqualTo(9L);
        assertThat(definition.handlers().cancel().name()).isEqualTo("on_cancel");
    }

    @Test
    void readsAirflowsNamesOfTheRules() {
        WorkflowDefinition definition = WorkflowYaml.parse("name: w\nsteps:\n  - {name: a, command: x}\n"
                + "  - {name: b, command: y, depends: a, runIf: one_failed}\n  - {name: c, command: z, depends: a, runIf: all_done}\n");

        assertThat(definition.step("b").orElseThrow().runIf()).isEqualTo(RunCondition.ANY_FAILED);
        assertThat(definition.step("c").orElseThrow().runIf()).isEqualTo(RunCondition.ALWAYS);
    }

    @Test
    void readsDagusPreconditionCommandForm() {
        WorkflowDefinition definition = WorkflowYaml.parse("name: w\nsteps:\n  - name: a\n    command: x\n"
                + "    preconditions:\n      command: test -f ready\n");

        assertThat(definition.steps().getFirst().preconditions()).containsExactly(new Precondition("test -f ready", null));
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    preconditions:\n      - {command: t, negate: true}\n")
                .hasMessage("line 6: key 'negate' is not supported by Kumo");
    }

    @Test
    void refusesAnExpectedRegularExpressionThatDoesNotCompileNamingTheStepAndLine() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    preconditions:\n      - condition: \"$DAY\"\n"
                + "        expected: \"re:[Mon\"\n")
                .hasMessageStartingWith("line 5: step a: preconditions: expected 're:[Mon' is not a valid regular expression");
    }

    @Test
    void readsDagusMappingOfStepsByName() {
        WorkflowDefinition definition = WorkflowYaml.parse("name: w\nsteps:\n  first:\n    command: x\n  second:\n    command: y\n"
                + "    depends: first\n");

        assertThat(definition.steps()).extracting(StepDefinition::name).containsExactly("first", "second");
        assertThat(definition.step("second").orElseThrow().depends()).containsExactly("first");
    }

    @Test
    void readsDaguExampleFiles() throws IOException {
        WorkflowDefinition example = WorkflowYaml.parse(resource("dagu/example_workflow.yaml"), "example_workflow");
        assertThat(example.name()).isEqualTo("example_workflow");
        assertThat(example.steps()).hasSize(14);
        assertThat(example.step("Merge").orElseThrow().depends()).containsExactly("Update TAB_3", "Validate TAB_2", "Validate File");
        assertThat(example.handlers().exit().command()).isEqualTo("echo finished");
        assertThat(example.schedule().cron()).isEqualTo("0 0 * * *");

        assertThat(WorkflowYaml.parse(resource("dagu/print_hello_world.yaml"), "hello").steps()).hasSize(2);
        assertThat(WorkflowYaml.parse(resource("dagu/pass_parameters.yaml"), "params").params())
                .containsExactly(Map.entry("FOO", "foo"), Map.entry("BAR", "bar"));
        WorkflowDefinition condition = WorkflowYaml.parse(resource("dagu/define_condition.yaml"), "condition");
        assertThat(condition.params()).containsExactly(Map.entry("1", "foo"));
        assertThat(condition.step("foo").orElseThrow().preconditions()).containsExactly(new Precondition("$1", "foo"));

        WorkflowDefinition chain = WorkflowYaml.parse(resource("dagu/chain_workflow.yaml"));
        assertThat(chain.step("cleanup").orElseThrow().depends()).containsExactly("upload-results");
        assertThat(chain.step("download-data").orElseThrow().depends()).isEmpty();

        WorkflowDefinition k8s = WorkflowYaml.parse(resource("dagu/k8s_example_dag.yaml"));
        assertThat(k8s.env()).containsExactly(Map.entry("TEST_ENV", "distributed-test"));
        assertThat(WorkflowGraph.of(k8s).topologicalOrder()).containsExactly("step1", "step2", "step3", "step4");
    }

    @Test
    void refusesADaguScriptAtItsLine() throws IOException {
        String file = resource("dagu/hello_world.yaml");
        assertThatThrownBy(() -> WorkflowYaml.parse(file, "hello")).isInstanceOf(WorkflowFileException.class)
                .hasMessage("line 7: key 'script' is not supported by Kumo");
    }

    @Test
    void needsANameWhenNoneIsGiven() throws IOException {
        refused(resource("dagu/print_hello_world.yaml"))
                .hasMessage("line 1: name: missing; Kumo needs a name: key (Dagu takes the file's name instead)");
    }

    @Test
    void namesTheLineOfAYamlSyntaxError() {
        refused("name: w\nsteps:\n  - name: a\n    command: [unclosed\n  - name: b\n").hasMessageStartingWith("line 5: not valid YAML");
        assertThat(lineOf("name: w\nsteps:\n  - name: a\n   command: x\n")).isEqualTo(4);
        assertThat(lineOf("name: w\n\tsteps: []\n")).isEqualTo(2);
    }

    @Test
    void namesTheLineOfAnUnknownKeyAndTheKeyMeant() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n  - name: b\n    command: y\n    depend: a\n")
                .hasMessage("line 7: step 2: unknown key 'depend'; did you mean 'depends'?");
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    whatever: 1\n")
                .hasMessage("line 5: step 1: unknown key 'whatever'");
        refused("nme: w\nsteps: []\n").hasMessage("line 1: workflow: unknown key 'nme'; did you mean 'name'?");
    }

    @Test
    void refusesDaguKeysThatWouldChangeWhatRuns() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    executor: docker\n")
                .hasMessage("line 5: key 'executor' is not supported by Kumo");
        refused("name: w\nshell: zsh\nsteps:\n  - {name: a, command: x}\n").hasMessage("line 2: key 'shell' is not supported by Kumo");
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    retryPolicy: {limit: 1, backoff: true}\n")
                .hasMessage("line 5: key 'backoff' is not supported by Kumo");
    }

    @Test
    void ignoresDagusInformationalKeys() {
        WorkflowDefinition definition = WorkflowYaml.parse("""
                name: w
                tags: [daily]
                group: reports
                logDir: /var/log/dagu
                histRetentionDays: 3
                mailOn: {failure: true}
                type: graph
                steps:
                  - name: a
                    command: x
                    signalOnStop: SIGINT
                """);

        assertThat(definition.steps()).hasSize(1);
    }

    @Test
    void namesTheLineOfAWrongType() {
        refused("name: w\nmaxActiveSteps: many\nsteps:\n  - {name: a, command: x}\n")
                .hasMessage("line 2: maxActiveSteps: 'many' is not a whole number");
        refused("name: w\nsteps: echo hi\n").hasMessage("line 2: steps: expected a list of steps (or a mapping from names to steps)");
        refused("name: w\nsteps:\n  name: a\n").hasMessage("line 3: step 'name': expected a mapping of keys, found 'a'");
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    depends: {a: b}\n")
                .hasMessage("line 5: depends: expected text, found a mapping");
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    timeout: soon\n")
                .hasMessage("line 5: timeout: 'soon' is not a duration; use a number with a unit, e.g. 30s, 5m, 2h, 1d or 1w");
        refused("name: w\noverlap: maybe\nsteps:\n  - {name: a, command: x}\n")
                .hasMessage("line 2: overlap: 'maybe' is not one of skip, queue, allow");
        refused("name: w\nname: v\nsteps: []\n").hasMessage("line 2: workflow: key 'name' is given twice");
    }

    @Test
    void namesTheLineOfAnUnknownDependency() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n  - name: b\n    command: y\n    depends:\n      - ghost\n")
                .hasMessage("line 7: step b: depends on 'ghost', which is not a step of this workflow");
    }

    @Test
    void namesTheStepsOnACycleAtTheLineOfTheFirst() {
        refused("""
                name: w
                steps:
                  - name: a
                    command: x
                    depends: c
                  - name: b
                    command: x
                    depends: a
                  - name: c
                    command: x
                    depends: b
                """).hasMessage("line 5: the steps a -> b -> c -> a form a cycle");
    }

    @Test
    void namesTheLineOfADuplicateStepName() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n  - name: a\n    command: y\n")
                .hasMessage("line 5: step a: name: 'a' is used by another step; step names must be unique");
    }

    @Test
    void namesTheLineOfSemanticProblems() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    retryPolicy:\n      limit: 500\n")
                .hasMessage("line 5: step a: retryPolicy: limit must be 0 to 100, not 500");
        refused("name: w\nsteps:\n  - name: a\n    description: nothing to run\n")
                .hasMessage("line 3: step a: needs a command or a task to run");
        refused("name: w\nschedule: 99 * * * *\nsteps:\n  - {name: a, command: x}\n").message().startsWith("line 2: cron: ");
        refused("name: w\nsteps: []\n").hasMessage("line 2: steps: a workflow needs at least one step");
        refused("name: w\nschedule: '0 6 * * *'\nsteps:\n  - {name: a, command: x}\nzone: Mars/Base\n")
                .hasMessage("line 5: zone: 'Mars/Base' is not a time zone (e.g. Europe/Berlin, UTC)");
        refused("name: w/x\nsteps:\n  - {name: a, command: x}\n").message().startsWith("line 1: name: 'w/x' has '/'");
        refused("name: w\nevery: 5m\nat: 2030-01-01T00:00:00Z\nsteps:\n  - {name: a, command: x}\n")
                .hasMessage("line 3: 'every' and 'at' say the same thing; give one");
        refused("name: w\nsteps:\n  - {name: a, command: x}\nhandlerOn:\n  failure:\n    command: y\n    depends: a\n")
                .hasMessage("line 7: step on_failure: a handler runs after the steps; it may not have depends");
    }

    @Test
    void namesTheLineOfABadCondition() {
        refused("name: w\nsteps:\n  - name: a\n    command: x\n  - name: b\n    command: y\n    depends: a\n    runIf: steps.a.exit_code = 0\n")
                .hasMessage("line 8: step b: runIf: column 19: unexpected '='");
        assertThat(WorkflowYaml.parse("name: w\nsteps:\n  - {name: a, command: x}\n  - {name: b, command: y, depends: a, "
                + "runIf: \"steps.a.outputs.N > 3\"}\n").step("b").orElseThrow().runIf())
                .isEqualTo(new RunCondition.Expression("steps.a.outputs.N > 3"));
    }

    @Test
    void refusesAnEmptyOrHugeFileAndAliasBombs() {
        refused("").hasMessage("the file is empty");
        refused("# only a comment\n").hasMessage("the file is empty");
        refused("name: w\ndescription: " + "x".repeat(WorkflowYamlReader.MAX_CHARS) + "\n").message().contains("larger than");
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            String previous = String.valueOf((char) (c - 1));
            bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        refused(bomb.toString()).message().contains("not valid YAML");
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        refused("name: w\ndescription: " + "[".repeat(400_000) + "\n")
                .hasMessage("line 2: mappings and lists are nested more than 50 deep");
        StringBuilder indented = new StringBuilder("name: w\n");
        for (int i = 0; i < 60; i++) {
            indented.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        refused(indented.toString()).hasMessage("line 52: mappings and lists are nested more than 50 deep");
        refused("name: w\nsteps:\n  - name: a\n    command: x\n    runIf: " + "(".repeat(200_000) + "true\n")
                .message().contains("line 5: step a: runIf: column 101: nested");
    }

    @Test
    void takesTenThousandStepsAndNoMore() {
        StringBuilder file = new StringBuilder("name: big\nsteps:\n");
        for (int i = 0; i < WorkflowYamlReader.MAX_STEPS; i++) {
            file.append("  - {name: s").append(i).append(", command: x").append(i > 0 ? ", depends: s" + (i - 1) : "").append("}\n");
        }
        assertThat(WorkflowYaml.parse(file.toString()).steps()).hasSize(WorkflowYamlReader.MAX_STEPS);
        refused(file + "  - {name: one more, command: x}\n").hasMessage("line 2: steps: at most 10000 steps");
    }

    @Test
    void writesTheCanonicalForm() {
        String written = WorkflowYaml.write(WorkflowYaml.parse(FULL));

        assertThat(written).contains("schedule: 0 2 * * *", "params:\n  DAY: today", "env:\n  LOG_LEVEL: debug",
                "maxActiveSteps: 2", "timeoutSec: 7200", "  - name: transform", "    depends:\n      - extract",
                "    retryPolicy:\n      limit: 3\n      intervalSec: 30", "    continueOn:\n      failure: true",
                "handlerOn:\n  failure:\n    command: python3 alert.py", "    name: cleanup");
        assertThat(written).doesNotContain("on_failure", "runIf: all_success");
    }

    @Test
    void roundTripsTheFullFileAndTheDaguFiles() throws IOException {
        assertRoundTrip(WorkflowYaml.parse(FULL));
        for (String file : List.of("example_workflow", "print_hello_world", "pass_parameters", "define_condition", "chain_workflow",
                "k8s_example_dag")) {
            assertRoundTrip(WorkflowYaml.parse(resource("dagu/" + file + ".yaml"), file));
        }
    }

    @Test
    void roundTripsManyGeneratedWorkflows() {
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 300; i++) {
            assertRoundTrip(WorkflowSamples.random(random));
        }
    }

    static void assertRoundTrip(WorkflowDefinition definition) {
        String written = WorkflowYaml.write(definition);
        assertThat(WorkflowYaml.parse(written)).as(written).isEqualTo(definition);
    }
}
