package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code --on-label} on task add and edit, its JSON and show line, and the node of runs in {@code kumo runs --json}. */
class TaskLabelsCommandTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    private String oneErrorLine() {
        assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
        return cli.err().strip();
    }

    @Test
    void labelsGivenOnAddComeBackSortedInJsonAndShow() {
        assertThat(cli.kumo("task", "add", "--name", "train", "--command", "python train.py", "--every", "1h",
                "--on-label", "gpu", "--on-label", "EU,fast")).as(cli.err()).isZero();
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json().get(0).get("node_labels").toString()).isEqualTo("[\"eu\",\"fast\",\"gpu\"]");
        assertThat(cli.kumo("task", "show", "train", "--json")).isZero();
        assertThat(cli.json().get("node_labels").toString()).isEqualTo("[\"eu\",\"fast\",\"gpu\"]");
        assertThat(cli.kumo("task", "show", "train")).isZero();
        assertThat(cli.out()).containsPattern("Runs on: +nodes labelled eu, fast, gpu").doesNotContain("node_labels");
    }

    @Test
    void aTaskWithoutLabelsHasAnEmptyArrayAndNoRunsOnLine() {
        assertThat(cli.kumo("task", "add", "--name", "any", "--command", "python a.py", "--every", "1h")).isZero();
        assertThat(cli.kumo("task", "show", "any", "--json")).isZero();
        assertThat(cli.json().get("node_labels").toString()).isEqualTo("[]");
        assertThat(cli.kumo("task", "show", "any")).isZero();
        assertThat(cli.out()).doesNotContain("Runs on:");
    }

    @Test
    void editReplacesLabelsAndAnEmptyValueClearsThem() {
        assertThat(cli.kumo("task", "add", "--name", "train", "--command", "python train.py", "--every", "1h",
                "--on-label", "gpu")).isZero();
        assertThat(cli.kumo("task", "edit", "train", "--on-label", "cpu,eu")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Changed task 'train'");
        assertThat(cli.kumo("task", "show", "train", "--json")).isZero();
        assertThat(cli.json().get("node_labels").toString()).isEqualTo("[\"cpu\",\"eu\"]");
        assertThat(cli.json().get("command").asText()).isEqualTo("python train.py"); // what was not given stays

        assertThat(cli.kumo("task", "edit", "train", "--on-label", "")).as(cli.err()).isZero();
        assertThat(cli.kumo("task", "show", "train", "--json")).isZero();
        assertThat(cli.json().get("node_labels").toString()).isEqualTo("[]");
    }

    @Test
    void editChangesOtherFieldsToo() {
        assertThat(cli.kumo("task", "add", "--name", "etl", "--command", "python etl.py", "--every", "1h")).isZero();
        assertThat(cli.kumo("task", "edit", "etl", "--name", "etl2", "--cron", "0 3 * * *", "--retries", "2")).as(cli.err()).isZero();
        assertThat(cli.kumo("task", "show", "etl2", "--json")).isZero();
        assertThat(cli.json().get("cron").asText()).isEqualTo("0 3 * * *");
        assertThat(cli.json().get("retries").asInt()).isEqualTo(2);
        assertThat(cli.kumo("task", "edit", "etl2", "--cron", "0 3 * * *", "--every", "5m")).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("kumo: schedule: give at most one of cron, every or at");
    }

    @Test
    void aBadLabelExitsTwoNamingIt() {
        assertThat(cli.kumo("task", "add", "--name", "x", "--command", "python a.py", "--every", "1h",
                "--on-label", "gpu,no way!")).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("kumo: on-label: label 'way!' is not valid: 1-50 letters, digits and . _ -, "
                + "starting with a letter or digit");
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json()).isEmpty();
        assertThat(cli.kumo("task", "add", "--name", "x", "--command", "python a.py", "--every", "1h")).isZero();
        assertThat(cli.kumo("task", "edit", "x", "--on-label", "-dash")).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("kumo: on-label: label '-dash' is not valid");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void runsJsonNamesTheNodeOfEachRun() throws Exception {
        assertThat(cli.kumo("task", "add", "--name", "quick", "--command", "true", "--every", "1d")).isZero();
        assertThat(cli.kumo("run", "quick")).as(cli.err()).isZero();
        try (KumoCore core = TestCores.open(dir)) { // the node stamp, as a cluster node writes it
            Run run = core.database().runs().queryForAll().getFirst();
            run.setNode("node-a");
            core.database().runs().update(run);
        }
        assertThat(cli.kumo("runs", "--json")).isZero();
        JsonNode run = cli.json().get(0);
        assertThat(run.get("node").asText()).isEqualTo("node-a");
        assertThat(cli.kumo("runs")).isZero();
        assertThat(cli.out()).doesNotContain("node-a"); // one machine alone: no NODE column
    }
}
