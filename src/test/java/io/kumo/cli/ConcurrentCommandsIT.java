package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.instance.InstanceLock;
import io.kumo.instance.LockHolder;
import io.kumo.testkit.KumoProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLI commands racing each other and a starting instance on one data directory, as cron jobs, scripts and a systemd
 * start do: the packaged jar, real processes.
 */
@DisabledOnOs(OS.WINDOWS)
class ConcurrentCommandsIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration COMMAND = Duration.ofSeconds(300); // ten JVMs in turn on a loaded 2-core machine

    @TempDir
    Path dataDir;

    private KumoProcess start(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return KumoProcess.start(all.toArray(String[]::new));
    }

    private KumoProcess addTask(int number) throws Exception {
        return start("task", "add", "--name", "job-" + number, "--command", "echo " + number, "--every", "1h");
    }

    private static void assertAllSucceed(List<KumoProcess> commands) throws Exception {
        for (KumoProcess command : commands) {
            int code = command.waitForExit(COMMAND);
            assertThat(code).as(command.stderr()).isZero();
            assertThat(command.stderr()).doesNotContain("already running");
        }
    }

    private List<String> taskNames() throws Exception {
        try (KumoProcess list = start("task", "list", "--json")) {
            assertThat(list.waitForExit(COMMAND)).as(list.stderr()).isZero();
            JsonNode tasks = new ObjectMapper().readTree(list.remainingStdout());
            return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("name").asText()).sorted().toList();
        }
    }

    private static List<String> jobs(int count) {
        return IntStream.range(0, count).mapToObj(i -> "job-" + i).sorted().toList();
    }

    @Test
    void tenParallelTaskAddsWithoutAnInstanceAllSucceed() throws Exception {
        List<KumoProcess> commands = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                commands.add(addTask(i));
            }
            assertAllSucceed(commands);
        } finally {
            commands.forEach(KumoProcess::close);
        }
        assertThat(taskNames()).isEqualTo(jobs(10));
    }

    @Test
    void headlessStartedWhileCommandsRunStartsAndTheCommandsSucceed() throws Exception {
        List<KumoProcess> commands = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                commands.add(addTask(i));
            }
            try (KumoProcess headless = start("--headless")) {
                for (int i = 4; i < 8; i++) {
                    commands.add(addTask(i));
                }
                assertThat(headless.nextLine(COMMAND)).as("headless stderr: %s", headless.isAlive() ? "" : headless.stderr())
                        .startsWith("Kumo running headless");
                assertAllSucceed(commands);
                assertThat(taskNames()).isEqualTo(jobs(8)); // read through the instance
                headless.signal("TERM");
                assertThat(headless.waitForExit(STARTUP)).isZero();
            }
        } finally {
            commands.forEach(KumoProcess::close);
        }
    }

    @Test
    void headlessWaitsForACommandHoldingTheDirectoryAndSaysWhatItWaitsFor() throws Exception {
        Files.createDirectories(dataDir);
        InstanceLock command = InstanceLock.tryAcquire(dataDir.resolve("kumo.lock"), LockHolder.Role.COMMAND).orElseThrow();
        try (KumoProcess headless = start("--headless")) {
            String expected = "kumo: waiting for another kumo command using " + dataDir + " (pid "
                    + ProcessHandle.current().pid() + ")...";
            awaitStderr(headless, expected);
            assertThat(headless.isAlive()).isTrue();
            command.close();
            assertThat(headless.nextLine(STARTUP)).startsWith("Kumo running headless");
            assertThat(headless.stderr()).doesNotContain("already running");
            headless.signal("TERM");
            assertThat(headless.waitForExit(STARTUP)).isZero();
        } finally {
            command.close();
        }
    }

    @Test
    void commandWaitsForAnotherCommandAndThenRunsOnItsOwn() throws Exception {
        Files.createDirectories(dataDir);
        InstanceLock other = InstanceLock.tryAcquire(dataDir.resolve("kumo.lock"), LockHolder.Role.COMMAND).orElseThrow();
        try (KumoProcess add = addTask(0)) {
            awaitStderr(add, "kumo: waiting for another kumo command using " + dataDir + " (pid "
                    + ProcessHandle.current().pid() + ")...");
            other.close();
            assertThat(add.waitForExit(COMMAND)).as(add.stderr()).isZero();
            assertThat(add.stderr().strip().lines()).hasSize(1); // the waiting line only
        } finally {
            other.close();
        }
        assertThat(taskNames()).containsExactly("job-0");
    }

    @Test
    void aSecondInstanceStillFindsTheRunningOneAsDocumented() throws Exception {
        try (KumoProcess kumo = start("--headless")) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            try (KumoProcess second = start("--headless")) {
                assertThat(second.waitForExit(STARTUP)).isEqualTo(1);
                assertThat(second.stderr().strip()).isEqualTo("kumo: Kumo is already running with data directory "
                        + dataDir + " (pid " + kumo.pid() + "); use that instance, or start with another --data-dir");
            }
            try (KumoProcess add = addTask(0)) {
                assertThat(add.waitForExit(COMMAND)).as(add.stderr()).isZero();
            }
            kumo.signal("TERM");
            assertThat(kumo.waitForExit(STARTUP)).isZero();
        }
    }

    private static void awaitStderr(KumoProcess process, String line) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!process.stderr().contains(line)) {
            assertThat(Instant.now()).as("no '%s' on stderr; got: %s", line, process.stderr()).isBefore(deadline);
            assertThat(process.isAlive()).as("exited; stderr: %s", process.stderr()).isTrue();
        }
    }
}
