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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo archive} on a real data directory: create, list, restore, delete, and every bad input. */
class ArchiveCommandTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void twoOldRuns() {
        try (KumoCore core = TestCores.open(dir)) {
            Task task = core.tasks().create(new Task("nightly", "python3 job.py"));
            for (String at : new String[] {"2025-11-02T03:15:00Z", "2025-11-05T03:15:00Z"}) {
                Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, Instant.parse(at), RunStatus.SUCCESS);
                run.setEndedAt(Instant.parse(at).plusSeconds(3));
                StoreException.unchecked(() -> core.database().runs().create(run));
            }
        }
        cli = new CliRun(dir);
    }

    @Test
    void createListRestoreAndDeleteAMonth() {
        assertThat(cli.kumo("archive", "create", "--before", "2025-12-01")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Archived 2 runs into 1 month (2025-11); deleted 2 run records");

        assertThat(cli.kumo("archive", "list", "--json")).as(cli.err()).isZero();
        JsonNode archive = cli.json().get(0);
        assertThat(archive.get("month").asText()).isEqualTo("2025-11");
        assertThat(archive.get("runs").asInt()).isEqualTo(2);
        assertThat(archive.get("tasks").get(0).asText()).isEqualTo("nightly");
        assertThat(archive.get("first_scheduled").asText()).isEqualTo("2025-11-02T03:15:00.000Z");
        assertThat(cli.kumo("archive", "list")).isZero();
        assertThat(cli.out()).contains("2025-11").contains("nightly");

        assertThat(cli.kumo("archive", "restore", "2025-11")).as(cli.err()).isZero();
        assertThat(cli.out().strip()).isEqualTo("Restored 2 runs and 0 logs of 2025-11");

        assertThat(cli.kumo("archive", "delete", "2025-11")).as(cli.err()).isZero();
        assertThat(Files.exists(dir.resolve("archive").resolve("runs-2025-11.kar"))).isFalse();
        assertThat(cli.kumo("archive", "list")).isZero();
        assertThat(cli.out()).startsWith("No archives in ");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        expectUsage("--before: '2025-13-01' is not a date", "archive", "create", "--before", "2025-13-01");
        expectUsage("is in the future", "archive", "create", "--before", "2999-01-01");
        expectUsage("Not a month: 'November'", "archive", "restore", "November");
        expectUsage("No archive for 2020-01", "archive", "restore", "2020-01");
        expectUsage("No archive for 2020-01", "archive", "delete", "2020-01");
    }

    private void expectUsage(String message, String... args) {
        assertThat(cli.kumo(args)).as(cli.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip().lines().count()).as(cli.err()).isEqualTo(1);
        assertThat(cli.err()).contains(message);
    }
}
