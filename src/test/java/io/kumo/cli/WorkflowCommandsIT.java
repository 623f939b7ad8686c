package io.kumo.cli;

import static io.kumo.testkit.WorkflowFiles.ETL;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo workflow ...} as separate processes of the packaged jar: on the data directory alone and forwarded. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowCommandsIT {


    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private KumoCommands commands;

    @BeforeEach
    void commandsOnTheDataDirectory() {
        commands = new KumoCommands(dataDir);
    }

    @Test
    void anInvalidFileExitsTwoAndAValidOneRoundTripsThroughAddListAndShowYaml() throws Exception {
        Path bad = Files.writeString(files.resolve("bad.yaml"), "name: etl\nsteps:\n  - name: a\n    depends: [nowhere]\n"
                + "    command: \"true\"\n", StandardCharsets.UTF_8);
        KumoCommands.Result refused = commands.run("workflow", "add", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).startsWith("kumo: " + bad + ": ").contains("nowhere");
        KumoCommands.Result empty = commands.run("workflow", "list", "--json");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.json()).isEmpty();

        Path good = Files.writeString(files.resolve("etl.yaml"), ETL, StandardCharsets.UTF_8);
        KumoCommands.Result added = commands.run("workflow", "add", good.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("added workflow etl (3 steps)\n");
        KumoCommands.Result list = commands.run("workflow", "list", "--json");
        assertThat(list.json().get(0).get("name").asText()).isEqualTo("etl");
        KumoCommands.Result yaml = commands.run("workflow", "show", "etl", "--yaml");
        assertThat(yaml.out()).isEqualTo(ETL);
    }

    @Test
    void insideARunningInstanceRunWaitFollowsTheStepsToSuccess() throws Exception {
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(Duration.ofSeconds(60))).startsWith("Kumo running headless");
            Path good = Files.writeString(files.resolve("etl.yaml"), ETL, StandardCharsets.UTF_8);
            assertThat(commands.run("workflow", "add", good.toString()).code()).isZero();

            KumoCommands.Result run = commands.run("workflow", "run", "etl", "--wait");

            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains(" extract SUCCESS exit 0").contains(" load SUCCESS exit 0")
                    .containsPattern("workflow etl run #\\d+ SUCCESS");
            KumoCommands.Result runs = commands.run("workflow", "runs", "etl", "--json");
            assertThat(runs.json().get(0).get("status").asText()).isEqualTo("SUCCESS");
            assertThat(runs.json().get(0).get("steps")).hasSize(3);
            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void ctrlCWhileWaitingOnItsOwnStopsTheRunAndItsSteps() throws Exception {
        Path marker = files.resolve("slow.pid");
        Path slow = Files.writeString(files.resolve("slow.yaml"), """
                name: slow
                steps:
                  - name: nap
                    command: sh -c 'echo $$ > %s; exec sleep 60'
                """.formatted(marker), StandardCharsets.UTF_8);
        assertThat(commands.run("workflow", "add", slow.toString()).code()).isZero();

        try (KumoProcess waiting = KumoProcess.start(commands.withDir("workflow", "run", "slow", "--wait"))) {
            String line = waiting.nextLine(Duration.ofSeconds(60));
            while (line != null && !line.contains("nap RUNNING")) {
                line = waiting.nextLine(Duration.ofSeconds(60));
            }
            assertThat(line).as("a RUNNING line for the step").isNotNull();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(marker) && System.nanoTime() < deadline) {
                Thread.sleep(50); // the step's shell writes its pid as it starts
            }
            long pid = Long.parseLong(Files.readString(marker).strip());

            waiting.signal("INT");
            waiting.waitForExit(Duration.ofSeconds(60));

            assertThat(io.kumo.testkit.LiveProcesses.isRunning(pid)).as("the step's process is stopped").isFalse();
        }
        KumoCommands.Result runs = commands.run("workflow", "runs", "slow", "--json");
        assertThat(runs.json().get(0).get("status").asText()).isEqualTo("STOPPED");
    }
}
