package io.kumo.cli;

import io.kumo.json.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The scripting contract of the subcommands, run in-process on a temporary data directory. */
class CliCommandsTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    private int kumo(String... args) {
        return cli.kumo(args);
    }

    private JsonNode json() {
        return cli.json();
    }

    private String oneErrorLine() {
        assertThat(cli.err().strip().lines()).hasSize(1);
        return cli.err().strip();
    }

    @Test
    void cronNextPrintsJsonWithExclusiveFromAndCronieDayRule() throws Exception {
        assertThat(kumo("cron", "next", "0 0 */10 * 1-5", "--from", "2026-03-01T00:00:00Z", "--zone", "UTC", "--count", "3", "--json")).isZero();
        JsonNode result = json();
        assertThat(result.get("expr").asText()).isEqualTo("0 0 */10 * 1-5");
        assertThat(result.get("description").asText()).isNotBlank();
        // days 1, 11, 21, 31 that are also Monday-Friday (03-21 is a Saturday) (AND, because the day-of-month field starts with *)
        assertThat(result.get("next").toString()).isEqualTo("[\"2026-03-11T00:00:00.000Z\",\"2026-03-31T00:00:00.000Z\",\"2026-04-01T00:00:00.000Z\"]");
    }

    @Test
    void cronFromIsExclusive() throws Exception {
        assertThat(kumo("cron", "next", "@daily", "--from", "2026-03-01T00:00:00Z", "--zone", "UTC", "--count", "1", "--json")).isZero();
        assertThat(json().get("next").get(0).asText()).isEqualTo("2026-03-02T00:00:00.000Z");
    }

    @Test
    void invalidCronExitsTwoNamingTheField() {
        assertThat(kumo("cron", "next", "61 * * * *")).isEqualTo(2);
        assertThat(oneErrorLine()).isEqualTo("kumo: cron: minute: 61 is outside 0-59");
        assertThat(kumo("cron", "explain", "5/10 * * * *")).isEqualTo(2);
        assertThat(oneErrorLine()).startsWith("kumo: cron: minute:");
    }

    @Test
    void cronExplainDescribesInWords() {
        assertThat(kumo("cron", "explain", "30 4 1,15 * 5")).isZero();
        assertThat(cli.out().strip()).isEqualTo("At 04:30 on day 1 and 15 of the month, and on Friday");
    }

    @Test
    void taskAddListShowPauseResumeRemove() throws Exception {
        assertThat(kumo("task", "add", "--name", "nightly", "--command", "python3 etl.py --full", "--cron", "0 3 * * *",
                "--zone", "Europe/Berlin", "--timeout", "30m", "--retries", "2", "--retry-delay", "1m", "--priority", "2",
                "--overlap", "queue", "--misfire", "all")).isZero();
        assertThat(cli.out()).contains("Added task 'nightly'");

        assertThat(kumo("task", "list", "--json")).isZero();
        JsonNode task = json().get(0);
        assertThat(task.get("name").asText()).isEqualTo("nightly");
        assertThat(task.get("cron").asText()).isEqualTo("0 3 * * *");
        assertThat(task.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(task.get("timeout_seconds").asLong()).isEqualTo(1800);
        assertThat(task.get("retries").asInt()).isEqualTo(2);
        assertThat(task.get("overlap").asText()).isEqualTo("queue");
        assertThat(task.get("misfire").asText()).isEqualTo("all");
        assertThat(task.get("next_fire").asText()).matches("\\d{4}-\\d\\d-\\d\\dT0[12]:00:00\\.000Z");

        assertThat(kumo("task", "pause", "nightly")).isZero();
        assertThat(kumo("task", "show", "nightly", "--json")).isZero();
        assertThat(json().get("enabled").asBoolean()).isFalse();
        assertThat(kumo("task", "resume", "nightly")).isZero();
        assertThat(kumo("task", "rm", "nightly")).isZero();
        assertThat(kumo("task", "list", "--json")).isZero();
        assertThat(json()).isEmpty();
    }

    @Test
    void taskAddRefusesBadInputWithOneLineAndExitTwo() {
        assertThat(kumo("task", "add", "--name", "x", "--command", "python3 a.py", "--every", "5x")).isEqualTo(2);
        assertThat(oneErrorLine()).startsWith("kumo: every: '5x' is not a duration");
        assertThat(kumo("task", "add", "--name", "x", "--command", "python3 a.py", "--cron", "* * * * *", "--every", "5m")).isEqualTo(2);
        assertThat(oneErrorLine()).contains("mutually exclusive");
        assertThat(kumo("task", "add", "--name", "x", "--command", "python3 a.py", "--cron", "0 0 * * * *")).isEqualTo(2);
        assertThat(oneErrorLine()).isEqualTo("kumo: cron: expected 5 fields (minute hour day-of-month month day-of-week), got 6");
        assertThat(kumo("task", "add", "--name", "x", "--command", "python3 'a.py", "--every", "5m")).isEqualTo(2);
        assertThat(oneErrorLine()).isEqualTo("kumo: command: a single quote is not closed");
        assertThat(kumo("task", "add", "--name", "x", "--command", "python3 a.py", "--every", "5m", "--overlap", "sometimes")).isEqualTo(2);
        assertThat(oneErrorLine()).isEqualTo("kumo: overlap: 'sometimes' is not one of skip, queue, allow");
        assertThat(kumo("task", "show", "missing")).isEqualTo(2);
        assertThat(oneErrorLine()).isEqualTo("kumo: no task named 'missing'");
        assertThat(kumo("runs", "--status", "WEIRD")).isEqualTo(2);
    }

    @Test
    void runThatTimedOutExitsNonZeroThoughItsProcessExitedZeroOnSigterm() throws Exception {
        // the shell answers the timeout's SIGTERM with exit 0
        assertThat(kumo("task", "add", "--name", "graceful", "--timeout", "2s", "--every", "1d", "--shell", "--command",
                "trap 'exit 0' TERM; sleep 60 & wait")).isZero();

        assertThat(kumo("run", "graceful")).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).contains("ended TIMEOUT");
        assertThat(kumo("runs", "--task", "graceful", "--json")).isZero();
        assertThat(json().get(0).get("exit_code").asInt()).isZero();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void runStreamsTheOutputAndExitsWithTheScriptsExitCode() throws Exception {
        assertThat(kumo("task", "add", "--name", "exits-3", "--command", "python3 -c \"print('working'); raise SystemExit(3)\"",
                "--every", "1d")).isZero();
        assertThat(kumo("run", "exits-3")).isEqualTo(3);
        assertThat(cli.out()).contains("working");
        assertThat(cli.err()).contains("ended FAILED");

        assertThat(kumo("runs", "--task", "exits-3", "--json")).isZero();
        JsonNode run = json().get(0);
        assertThat(run.get("task").asText()).isEqualTo("exits-3");
        assertThat(run.get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("exit_code").asInt()).isEqualTo(3);
        assertThat(run.get("attempt").asInt()).isEqualTo(1);
        assertThat(run.get("first_run_id").isNull()).isTrue();
        assertThat(run.get("started_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        for (String field : new String[] {"id", "task", "trigger", "scheduled_for", "queued_at", "started_at", "ended_at", "pid",
                "exit_code", "status", "attempt", "first_run_id", "peak_cpu", "peak_rss", "log_path", "error"}) {
            assertThat(run.has(field)).as(field).isTrue();
        }
    }

    @Test
    void taskListNamesEachTasksProjectAsShowDoes() throws Exception {
        for (String project : new String[] {"alpha", "beta"}) {
            Path folder = java.nio.file.Files.createDirectories(dir.resolve("src-" + project));
            assertThat(kumo("project", "import", folder.toString(), "--name", project, "--link")).as(cli.err()).isZero();
        }
        assertThat(kumo("task", "add", "--name", "a1", "--command", "true", "--every", "5m", "--project", "alpha")).isZero();
        assertThat(kumo("task", "add", "--name", "b1", "--command", "true", "--cron", "0 3 * * *", "--project", "beta")).isZero();
        assertThat(kumo("task", "add", "--name", "free", "--command", "true", "--every", "1h")).isZero();

        assertThat(kumo("task", "list", "--json")).isZero();
        JsonNode list = json();
        assertThat(list).hasSize(3);
        for (JsonNode listed : list) {
            assertThat(kumo("task", "show", listed.get("name").asText(), "--json")).isZero();
            JsonNode shown = json();
            assertThat(listed.get("project")).isEqualTo(shown.get("project"));
            assertThat(listed.get("env")).isEqualTo(shown.get("env"));
            assertThat(listed.get("description")).isEqualTo(shown.get("description"));
        }
        assertThat(list.get(0).get("project").asText()).isEqualTo("alpha");
        assertThat(list.get(1).get("project").asText()).isEqualTo("beta");
        assertThat(list.get(2).get("project").isNull()).isTrue();
    }

    @Test
    void taskListJsonIsOneIndentedArrayOfWhatShowPrintsForEachTask() throws Exception {
        assertThat(kumo("task", "add", "--name", "nightly", "--command", "true", "--cron", "0 3 * * *", "--zone", "UTC")).isZero();
        assertThat(kumo("task", "add", "--name", "twin", "--command", "true", "--cron", "0 3 * * *", "--zone", "UTC")).isZero();
        assertThat(kumo("task", "add", "--name", "daily", "--command", "echo \"quoted\" \\ é", "--every", "1d", "--timeout", "5m")).isZero();
        assertThat(kumo("task", "add", "--name", "later", "--command", "true", "--at", "2099-01-01T06:00:00Z")).isZero();
        assertThat(kumo("task", "pause", "twin")).isZero();
        var shown = Json.MAPPER.createArrayNode();
        for (String name : new String[] {"daily", "later", "nightly", "twin"}) { // the listing is by name
            assertThat(kumo("task", "show", name, "--json")).isZero();
            shown.add(json());
        }

        assertThat(kumo("task", "list", "--json")).isZero();

        assertThat(cli.out()).isEqualTo(Json.write(shown) + System.lineSeparator());
    }
}
