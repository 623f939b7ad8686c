package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.KumoCore;
import io.kumo.engine.EngineState;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo scheduler pause|resume|status}, on its own (opening the data directory) and inside a running instance. */
class SchedulerCommandTest {

    @TempDir
    Path dir;

    @Nested
    class WithoutARunningKumo {

        CliRun cli;

        @org.junit.jupiter.api.BeforeEach
        void cli() {
            cli = new CliRun(dir);
        }

        @Test
        void pauseIsSavedAuditedAndShownByStatus() throws Exception {
            assertThat(cli.kumo("scheduler", "pause")).isZero();
            assertThat(cli.out()).isEqualTo("Scheduling paused: no task runs on schedule until `kumo scheduler resume` "
                    + "(Kumo is not running; this applies when it starts).\n");

            assertThat(cli.kumo("scheduler", "status", "--json")).isZero();
            JsonNode status = cli.json();
            assertThat(status.get("paused").asBoolean()).isTrue();
            assertThat(Instant.parse(status.get("since").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(status.get("by").asText()).contains("@");
            assertThat(status.get("instance_running").asBoolean()).isFalse();
            assertThat(status.get("next_fire").isNull()).isTrue();

            assertThat(cli.kumo("audit", "--target", "SETTING", "--json")).isZero();
            assertThat(cli.json()).hasSize(1);
            assertThat(cli.json().get(0).toString()).contains("engine.scheduler_paused");
        }

        @Test
        void pauseAndResumeAreIdempotentAndSaySo() {
            assertThat(cli.kumo("scheduler", "resume")).isZero();
            assertThat(cli.out()).isEqualTo("Scheduling is not paused; nothing to resume.\n");
            assertThat(cli.kumo("scheduler", "pause")).isZero();
            assertThat(cli.kumo("scheduler", "pause")).isZero();
            assertThat(cli.out()).startsWith("Scheduling was already paused (since ").contains(", by ");
            assertThat(cli.kumo("scheduler", "resume")).isZero();
            assertThat(cli.out()).startsWith("Scheduling resumed: tasks run on schedule again from now");
            assertThat(cli.err()).isEmpty();
        }

        @Test
        void statusCountsEnabledTasksAndNamesTheNextRunUnlessPaused() throws Exception {
            assertThat(cli.kumo("task", "add", "--name", "soon", "--command", "true", "--every", "1h")).isZero();
            assertThat(cli.kumo("task", "add", "--name", "later", "--command", "true", "--every", "1d")).isZero();
            assertThat(cli.kumo("task", "add", "--name", "off", "--command", "true", "--every", "1m")).isZero();
            assertThat(cli.kumo("task", "pause", "off")).isZero();

            assertThat(cli.kumo("scheduler", "status")).isZero();
            assertThat(cli.out()).contains("Scheduling:    running\n").contains("Kumo:          not running")
                    .contains("Enabled tasks: 2\n").containsPattern("Next run:      \\S+Z \\(soon\\)");

            assertThat(cli.kumo("scheduler", "pause")).isZero();
            assertThat(cli.kumo("scheduler", "status")).isZero();
            assertThat(cli.out()).containsPattern("Scheduling:    paused since \\S+Z, by \\S+@\\S+\n")
                    .contains("Enabled tasks: 2\n").contains("Next run:      none while paused\n");
        }

        @Test
        void anUnknownSubcommandExitsTwoWithOneLine() {
            assertThat(cli.kumo("scheduler", "stop")).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err().strip().lines()).hasSize(1);
            assertThat(cli.err()).startsWith("kumo: Unmatched argument at index 1: 'stop'");
        }
    }

    @Nested
    class InsideARunningKumo {

        static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();

        private int kumo(KumoCore core, String... args) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            return KumoCli.runForwarded(args, core, new PrintWriter(out, true), new PrintWriter(err, true));
        }

        private JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out.toString());
        }

        @Test
        void pauseAndResumeReachTheRunningEngine() throws Exception {
            try (KumoCore core = TestCores.open(dir)) {
                core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));

                assertThat(kumo(core, "scheduler", "pause")).isZero();
                assertThat(out.toString()).isEqualTo("Scheduling paused: no task runs on schedule until `kumo scheduler resume`.\n");
                assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.PAUSED);
                assertThat(kumo(core, "scheduler", "status", "--json")).isZero();
                assertThat(json().get("paused").asBoolean()).isTrue();
                assertThat(json().get("instance_running").asBoolean()).isTrue();

                assertThat(kumo(core, "scheduler", "resume")).isZero();
                assertThat(out.toString()).isEqualTo("Scheduling resumed: tasks run on schedule again from now.\n");
                assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.RUNNING);
            }
        }

        @Test
        void taskListShowsNoPastNextRunWhilePausedAndTheRealOneAfterResume() throws Exception {
            MutableClock clock = new MutableClock(NOON);
            try (KumoCore core = TestCores.open(dir, clock)) {
                core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
                assertThat(kumo(core, "task", "add", "--name", "hourly", "--command", "true", "--cron", "0 * * * *",
                        "--zone", "UTC")).isZero();
                assertThat(kumo(core, "scheduler", "pause")).isZero();
                clock.set(Instant.parse("2026-05-04T15:30:00Z")); // the engine's plan, 13:00, lies in the past now

                assertThat(kumo(core, "task", "list", "--json")).isZero();
                assertThat(json().get(0).get("next_fire").isNull()).as(out.toString()).isTrue();
                assertThat(kumo(core, "task", "list")).isZero();
                assertThat(out.toString()).contains("next: paused");

                assertThat(kumo(core, "scheduler", "resume")).isZero();
                assertThat(kumo(core, "task", "show", "hourly", "--json")).isZero();
                assertThat(json().get("next_fire").asText()).isEqualTo("2026-05-04T16:00:00.000Z");
            }
        }
    }
}
