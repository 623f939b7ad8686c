package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.assertError;
import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/errors} and {@code /api/v1/errors/{fingerprint}} over real HTTP on a real store. */
class ErrorEndpointsTest {

    @TempDir
    Path data;

    private KumoCore core;
    private RouteServer server;
    private String fingerprint;

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(data);
        server = new RouteServer(new ErrorEndpoints(core));
        Task load = core.tasks().create(new Task("load", "python load.py"));
        Task other = core.tasks().create(new Task("other", "python other.py"));
        Instant now = Instant.now();
        fingerprint = failed(load, now.minus(Duration.ofHours(3)), "TypeError: nope");
        failed(load, now.minus(Duration.ofHours(2)), "TypeError: nope again");
        failed(other, now.minus(Duration.ofDays(12)), "OSError: disk");
    }

    private String failed(Task task, Instant at, String exception) throws Exception {
        Path log = Files.writeString(Files.createTempFile(data, "run", ".log"), "[stderr] Traceback (most recent call last):\n"
                + "[stderr]   File \"/srv/" + task.getName() + ".py\", line 5, in main\n[stderr] " + exception + "\n");
        Run run = new Run(task, TriggerKind.MANUAL, at, RunStatus.FAILED);
        run.setEndedAt(at.plusSeconds(1));
        run.setLogPath(log.toString());
        StoreException.unchecked(() -> core.database().runs().create(run));
        return core.errorGroups().classify(run).orElseThrow().signature().fingerprint();
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void groupsOfTheLastWeekByDefaultAndOfAllTimeWhenAsked() throws Exception {
        JsonNode week = json(server.get("/api/v1/errors"), 200);
        assertThat(week).hasSize(1);
        assertThat(week.get(0).get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(week.get(0).get("count").asLong()).isEqualTo(2);
        assertThat(week.get(0).get("location").asText()).isEqualTo("load.py:5 in main");
        assertThat(week.get(0).get("daily")).hasSize(30);

        assertThat(json(server.get("/api/v1/errors?since=all"), 200)).hasSize(2);
        JsonNode other = json(server.get("/api/v1/errors?since=all&task=other"), 200);
        assertThat(other).singleElement().satisfies(group -> assertThat(group.get("type").asText()).isEqualTo("OSError"));
    }

    @Test
    void oneGroupByItsFingerprintWithItsRecentRuns() throws Exception {
        JsonNode group = json(server.get("/api/v1/errors/" + fingerprint.substring(0, 10)), 200);

        assertThat(group.get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(group.get("message").asText()).isEqualTo("nope again");
        assertThat(group.get("recent_runs")).hasSize(2);
        assertThat(group.get("recent_runs").get(0).get("task").asText()).isEqualTo("load");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertError(server.get("/api/v1/errors?since=lately"), 400, "since 'lately': use 24h, 7d, 30d, all");
        assertError(server.get("/api/v1/errors?task=nope"), 400, "no task named 'nope'");
        assertError(server.get("/api/v1/errors?project=nope"), 400, "no project named 'nope'");
        assertError(server.get("/api/v1/errors/xy"), 400, "A fingerprint is 4 to 40 hex characters");
        assertError(server.get("/api/v1/errors/" + (fingerprint.startsWith("0") ? "ffffff" : "000000")), 404, "no error group");
    }
}
