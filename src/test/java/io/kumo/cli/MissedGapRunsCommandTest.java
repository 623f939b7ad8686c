package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo runs} shows a MISSED entry standing for a gap with its message, and its count and end in JSON. */
class MissedGapRunsCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsShowsTheGapsMessageAndItsCountAndLastFire() throws Exception {
        Instant first = Instant.parse("2026-05-04T10:00:10Z");
        Instant last = Instant.parse("2026-05-04T10:08:20Z");
        try (KumoCore core = TestCores.open(dir)) {
            Task task = core.tasks().create(new Task("every-ten", "true"));
            new RunStore(core.database()).recordMissedGap(task, TriggerKind.INTERVAL, first, last, 50, last,
                    "missed 50 fires between 10:00:10 and 10:08:20").orElseThrow();
        }
        CliRun cli = new CliRun(dir);

        assertThat(cli.kumo("runs", "--task", "every-ten")).isZero();
        assertThat(cli.out()).contains("MISSED").contains("missed 50 fires between 10:00:10 and 10:08:20");
        assertThat(cli.kumo("runs", "--task", "every-ten", "--json")).isZero();
        JsonNode run = cli.json().get(0);
        assertThat(run.get("status").asText()).isEqualTo("MISSED");
        assertThat(run.get("missed_fires").asInt()).isEqualTo(50);
        assertThat(run.get("missed_until").asText()).isEqualTo("2026-05-04T10:08:20.000Z");
        assertThat(run.get("scheduled_for").asText()).isEqualTo("2026-05-04T10:00:10.000Z");
    }
}
