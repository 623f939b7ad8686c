package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo errors}: the groups of a store with two failures of one error and one of another. */
class ErrorsCommandTest {

    @TempDir
    Path dir;
    private CliRun cli;
    private String fingerprint;

    @BeforeEach
    void failures() throws IOException {
        Instant now = Instant.now();
        try (KumoCore core = TestCores.open(dir)) {
            Task load = core.tasks().create(new Task("load", "python load.py"));
            Task other = core.tasks().create(new Task("other", "python other.py"));
            fingerprint = classify(core, load, now.minus(Duration.ofHours(2)), "ValueError: bad row 7", 12);
            classify(core, load, now.minus(Duration.ofMinutes(90)), "ValueError: bad row 9", 14); // "1 h ago" however long the test takes
            classify(core, other, now.minus(Duration.ofDays(20)), "KeyError: 'id'", 3);
        }
        cli = new CliRun(dir);
    }

    private String classify(KumoCore core, Task task, Instant at, String exception, int line) throws IOException {
        Path log = Files.writeString(Files.createTempFile(dir, "run", ".log"), "[stderr] Traceback (most recent call last):\n"
                + "[stderr]   File \"/srv/jobs/" + task.getName() + ".py\", line " + line + ", in main\n[stderr] " + exception + "\n");
        Run run = new Run(task, TriggerKind.MANUAL, at, RunStatus.FAILED);
        run.setEndedAt(at.plusSeconds(1));
        run.setLogPath(log.toString());
        StoreException.unchecked(() -> core.database().runs().create(run));
        return core.errorGroups().classify(run).orElseThrow().signature().fingerprint();
    }

    @Test
    void tableListsTheWindowsGroupsMostFailuresFirst() {
        assertThat(cli.kumo("errors")).as(cli.err()).isZero();
        String[] lines = cli.out().strip().split("\\R");

        assertThat(lines).hasSize(2);
        assertThat(lines[0].split("\\s{2,}|\\s(?=[A-Z])")).contains("COUNT", "TYPE", "MESSAGE", "LOCATION", "TASKS");
        assertThat(lines[1]).containsPattern("^\\s+2\\s+1 h ago\\s+" + fingerprint.substring(0, 12))
                .contains("ValueError", "bad row 9", "load.py:14 in main", "load");
    }

    @Test
    void sinceAllAndTaskNarrowTheGroups() {
        assertThat(cli.kumo("errors", "--since", "all", "--json")).as(cli.err()).isZero();
        assertThat(cli.json()).hasSize(2);

        assertThat(cli.kumo("errors", "--since", "all", "--task", "other", "--json")).as(cli.err()).isZero();
        JsonNode groups = cli.json();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("type").asText()).isEqualTo("KeyError");
        assertThat(groups.get(0).get("tasks").get(0).asText()).isEqualTo("other");
        assertThat(groups.get(0).get("daily")).hasSize(30);
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void aFailureOfKumoRunIsGroupedBeforeTheCommandExits() {
        assertThat(cli.kumo("task", "add", "--name", "crash", "--every", "1d", "--command",
                "python3 -c \"def parse():\n    raise LookupError('no such row')\nparse()\"")).as(cli.err()).isZero();

        assertThat(cli.kumo("run", "crash")).isEqualTo(1);

        assertThat(cli.kumo("errors", "--task", "crash", "--json")).as(cli.err()).isZero();
        assertThat(cli.json()).singleElement().satisfies(group -> {
            assertThat(group.get("type").asText()).isEqualTo("LookupError");
            assertThat(group.get("message").asText()).isEqualTo("no such row");
        });
    }

    @Test
    void emptyWindowSaysSo() {
        assertThat(cli.kumo("errors", "--since", "10m")).as(cli.err()).isZero();
        assertThat(cli.out().strip()).isEqualTo("No failures since 10m.");
    }

    @Test
    void showNamesOneGroupByAPrefixWithItsRuns() {
        assertThat(cli.kumo("errors", "show", fingerprint.substring(0, 8), "--json")).as(cli.err()).isZero();
        JsonNode group = cli.json();

        assertThat(group.get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(group.get("message").asText()).isEqualTo("bad row 9");
        assertThat(group.get("total_count").asLong()).isEqualTo(2);
        assertThat(group.get("recent_runs")).hasSize(2);

        assertThat(cli.kumo("errors", "show", fingerprint.substring(0, 8))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Location:     load.py:14 in main", "Failures:     2");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        assertThat(cli.kumo("errors", "--since", "yesterday")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("24h, 7d");
        assertThat(cli.kumo("errors", "--task", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("no task named 'nope'");
        assertThat(cli.kumo("errors", "show", "xyz!")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("hex");
        assertThat(cli.kumo("errors", "show", "ffffffff")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("no error group");
    }
}
