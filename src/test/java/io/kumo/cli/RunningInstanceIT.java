package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.LiveProcesses;
import io.kumo.testkit.RealPython;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar: a headless instance, CLI processes talking to it, and a SIGKILL in the middle of a run. */
@DisabledOnOs(OS.WINDOWS)
class RunningInstanceIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private KumoCommands commands;

    @BeforeEach
    void commandsOnTheDataDirectory() {
        commands = new KumoCommands(dataDir);
    }

    @Test
    void cliCommandsGoToTheRunningInstanceInsteadOfFailingOnTheLock() throws Exception {
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");

            KumoCommands.Result added = commands.run("task", "add", "--name", "hello", "--command", "python3 -c \"print('hi from the instance')\"", "--every", "1h");
            assertThat(added.code()).as(added.err()).isZero();

            KumoCommands.Result list = commands.run("task", "list", "--json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.json().get(0).get("name").asText()).isEqualTo("hello");
            assertThat(list.json().get(0).get("next_fire").isNull()).isFalse();

            KumoCommands.Result run = commands.run("run", "hello");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("hi from the instance");

            KumoCommands.Result runs = commands.run("runs", "--json");
            assertThat(runs.json().get(0).get("status").asText()).isEqualTo("SUCCESS");
            assertThat(runs.json().get(0).get("trigger").asText()).isEqualTo("MANUAL");

            KumoCommands.Result system = commands.run("env", "create", "system", "--system", RealPython.path().toString());
            assertThat(system.code()).as(system.err()).isZero();
            // a relative path means the folder the user typed it in, not the running instance's
            Path client = java.nio.file.Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-client"));
            KumoCommands.Result freeze = commands.runIn(client, "env", "freeze", "system", "frozen.txt");
            assertThat(freeze.code()).as(freeze.err()).isZero();
            assertThat(client.resolve("frozen.txt")).isRegularFile();

            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
        // without an instance the CLI opens the data directory itself
        KumoCommands.Result offline = commands.run("runs", "--json");
        assertThat(offline.code()).as(offline.err()).isZero();
        assertThat(offline.json()).hasSize(1);
    }

    @Test
    void aTaskAddedThroughTheCliIsScheduledByTheRunningInstanceAtOnce() throws Exception {
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");

            KumoCommands.Result added = commands.run("task", "add", "--name", "ticker", "--command", "true", "--every", "1s");
            assertThat(added.code()).as(added.err()).isZero();

            assertThat(awaitScheduledRun("ticker").get("trigger").asText()).isEqualTo("INTERVAL");
            assertThat(commands.run("task", "rm", "ticker").code()).isZero();
            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
    }

    /** The first run of the task that its schedule started (not a manual one), asked until there is one. */
    private JsonNode awaitScheduledRun(String task) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            KumoCommands.Result runs = commands.run("runs", "--task", task, "--json");
            if (runs.code() == 0 && !runs.json().isEmpty()) {
                return runs.json().get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the running instance never fired " + task);
    }

    @Test
    void launchingTheAppAgainHandsOverToTheRunningWindowAndExitsZero() throws Exception {
        try (KumoProcess app = KumoProcess.startWindowless(commands.withDir())) {
            Path socket = dataDir.resolve("kumo.sock");
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!java.nio.file.Files.exists(socket) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(socket).exists();
            try (KumoProcess second = KumoProcess.startWindowless(commands.withDir())) {
                assertThat(second.waitForExit(Duration.ofSeconds(60))).as(second.stderr()).isZero();
            }
            assertThat(app.isAlive()).isTrue();
            app.signal("TERM");
            app.waitForExit(Duration.ofSeconds(30));
        }
        try (KumoProcess headless = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(headless.nextLine(STARTUP)).startsWith("Kumo running headless");
            try (KumoProcess second = KumoProcess.startWindowless(commands.withDir())) {
                assertThat(second.waitForExit(Duration.ofSeconds(60))).isEqualTo(1);
                assertThat(second.stderr()).contains("already running headless");
            }
            headless.signal("TERM");
            headless.waitForExit(Duration.ofSeconds(30));
        }
    }

    @Test
    void afterSigkillMidRunTheNextStartResolvesTheRunAndLeavesNoChildBehind() throws Exception {
        long childPid;
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            assertThat(commands.run("task", "add", "--name", "long", "--command", "python3 -c \"import time; time.sleep(300)\"",
                    "--every", "1s").code()).isZero();
            JsonNode running = commands.awaitRunning();
            childPid = running.get("pid").asLong();
            assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).contains(true);

            kumo.signal("KILL");
            kumo.waitForExit(Duration.ofSeconds(30));
        }

        try (KumoProcess restarted = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(restarted.nextLine(STARTUP)).startsWith("Kumo running headless");
            assertThat(LiveProcesses.isRunning(childPid)).isFalse();
            KumoCommands.Result runs = commands.run("runs", "--task", "long", "--status", "INTERRUPTED", "--json");
            assertThat(runs.code()).as(runs.err()).isZero();
            assertThat(runs.json()).isNotEmpty();
            assertThat(runs.json().get(runs.json().size() - 1).get("pid").asLong()).isEqualTo(childPid);
            assertThat(runs.json().get(runs.json().size() - 1).get("error").asText()).contains("Kumo stopped while this run was in progress");
            assertThat(commands.run("task", "pause", "long").code()).isZero();
            restarted.signal("TERM");
            assertThat(restarted.waitForExit(Duration.ofSeconds(60))).isZero();
        }
        KumoCommands.Result afterShutdown = commands.run("runs", "--status", "RUNNING", "--json");
        assertThat(afterShutdown.json()).isEmpty();
    }
}
