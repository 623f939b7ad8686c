package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real headless Kumo killed with SIGKILL mid-run, whose run's root dies of the broken pipe right after it while two
 * background children live on in the run's session: the next start stops them.
 */
@EnabledOnOs(OS.LINUX)
class CrashLeavesNoProcessIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private KumoCommands commands;

    @BeforeEach
    void commandsOnTheDataDirectory() {
        commands = new KumoCommands(dataDir);
    }
    private long root;

    @AfterEach
    void killWhatIsLeft() {
        if (root > 0) {
            sessionMembers(root).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void nextStartStopsTheCrashedRunsSessionThoughItsRootDied() throws Exception {
        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            // the root keeps writing, so it dies of SIGPIPE once Kumo (the pipe's reader) is gone
            KumoCommands.Result added = commands.run("task", "add", "--name", "tree", "--shell", "--every", "1s", "--command",
                    "sleep 300 & sleep 300 & while true; do echo tick; sleep 0.2; done");
            assertThat(added.code()).as(added.err()).isZero();
            root = commands.awaitRunning().get("pid").asLong();
            awaitUntil(() -> sessionMembers(root).size() >= 3, "the root and its two children");

            kumo.signal("KILL");
            kumo.waitForExit(Duration.ofSeconds(30));
        }
        awaitUntil(() -> !sessionMembers(root).contains(root), "the root's death by broken pipe");
        assertThat(sessionMembers(root)).as("the two children outlive their root").hasSizeGreaterThanOrEqualTo(2);

        try (KumoProcess restarted = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(restarted.nextLine(STARTUP)).startsWith("Kumo running headless");

            assertThat(sessionMembers(root)).as("processes left in the crashed run's session").isEmpty();
            KumoCommands.Result runs = commands.run("runs", "--task", "tree", "--status", "INTERRUPTED", "--json");
            assertThat(runs.code()).as(runs.err()).isZero();
            JsonNode run = null;
            for (JsonNode candidate : runs.json()) {
                run = candidate.get("pid").asLong() == root ? candidate : run;
            }
            assertThat(run).as("the crashed run, INTERRUPTED: " + runs.out()).isNotNull();
            assertThat(run.get("error").asText()).startsWith("Kumo stopped while this run was in progress; ")
                    .contains("process(es) of its session (pid " + root + ") were still running and were stopped at the next start");
            assertThat(commands.run("task", "pause", "tree").code()).isZero();
            restarted.signal("TERM");
            assertThat(restarted.waitForExit(Duration.ofSeconds(60))).isZero();
        }
    }

    /** Live (not zombie) processes whose session or process group is {@code leader}, read from /proc. */
    private static List<Long> sessionMembers(long leader) {
        List<Long> members = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"),
                entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path entry : entries) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // state ppid pgrp session
                    boolean member = Long.parseLong(fields[2]) == leader || Long.parseLong(fields[3]) == leader;
                    if (member && !fields[0].equals("Z")) {
                        members.add(Long.parseLong(entry.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException ended) {
                    // the process ended while it was read
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read /proc", e);
        }
        return members;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
