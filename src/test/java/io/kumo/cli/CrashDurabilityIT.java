package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.RunStore;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a real headless Kumo: what it acknowledged is still there, and no scheduled fire ever runs twice. */
@DisabledOnOs(OS.WINDOWS)
class CrashDurabilityIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    @TempDir
    Path outside;

    private KumoProcess startHeadless() throws Exception {
        KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString());
        assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
        return kumo;
    }

    private static void killNine(KumoProcess kumo) throws Exception {
        kumo.close(); // Process.destroyForcibly: SIGKILL
        kumo.waitForExit(Duration.ofSeconds(30));
    }

    @Test
    void taskAddedThroughTheInstanceSurvivesSigkillRightAfterItsAcknowledgement() throws Exception {
        for (int i = 0; i < 3; i++) {
            KumoProcess kumo = startHeadless();
            try (KumoProcess add = KumoProcess.start("--data-dir", dataDir.toString(), "task", "add", "--name", "acked-" + i,
                    "--command", "python3 -V", "--every", "1h")) {
                assertThat(add.waitForExit(Duration.ofSeconds(60))).as(add.stderr()).isZero();
            }
            killNine(kumo); // 0 ms after the CLI's exit 0
        }
        try (KumoCore reopened = TestCores.open(dataDir)) {
            assertThat(reopened.tasks().list()).extracting(Task::getName).contains("acked-0", "acked-1", "acked-2");
        }
    }

    @Test
    void aScheduledFireNeverRunsTwiceAcrossACrashLoop() throws Exception {
        Path executions = outside.resolve("executions.txt");
        Files.createFile(executions);
        try (KumoCore core = TestCores.open(dataDir)) {
            Task task = new Task("every-second", "echo \"$KUMO_RUN_ID $KUMO_SCHEDULED_FOR\" >> '" + executions + "'");
            task.setUseShell(true);
            task.setTriggerType(TriggerType.INTERVAL);
            task.setIntervalSeconds(1L);
            task.setAnchorAt(Instant.now());
            task.setOverlapPolicy(OverlapPolicy.ALLOW);
            core.tasks().create(task);
        }
        long[] killDelaysMillis = {0, 150, 5, 400, 40};
        for (long delay : killDelaysMillis) {
            KumoProcess kumo = startHeadless();
            awaitNewExecution(executions, dataDir); // kill right after a spawn's effect, when its records are freshest
            Thread.sleep(delay);
            killNine(kumo);
        }

        List<String[]> lines = Files.readAllLines(executions).stream().map(line -> line.split(" ")).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(killDelaysMillis.length);
        Map<String, Long> timesPerInstant = lines.stream().collect(Collectors.groupingBy(line -> line[1], Collectors.counting()));
        timesPerInstant.values().removeIf(times -> times == 1);
        assertThat(timesPerInstant).as("scheduled instants executed more than once (instant=times)").isEmpty();
        try (KumoCore reopened = TestCores.open(dataDir)) {
            Map<Long, Instant> recorded = new HashMap<>();
            for (Run run : new RunStore(reopened.database()).latest(null, null, Integer.MAX_VALUE)) {
                recorded.put(run.getId(), run.getScheduledFor());
            }
            for (String[] line : lines) {
                assertThat(recorded.get(Long.parseLong(line[0]))).as("run record of execution " + String.join(" ", line))
                        .isEqualTo(Instant.parse(line[1]));
            }
        }
    }

    private static void awaitNewExecution(Path executions, Path dataDir) throws Exception {
        long before = Files.size(executions);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.size(executions) == before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no execution within 30 s; Kumo's log:\n" + Files.readString(dataDir.resolve("logs/kumo.log")));
            }
            Thread.sleep(5);
        }
    }
}
