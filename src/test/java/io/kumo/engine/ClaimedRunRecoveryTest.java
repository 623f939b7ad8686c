package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kumo died after it spawned a run but before the run's RUNNING record (with its pid) landed: the run is claimed on
 * disk without a pid. Real processes stand for what the run left; the next start finds them by the run's marks in
 * their environment.
 */
@EnabledOnOs(OS.LINUX)
class ClaimedRunRecoveryTest {

    @TempDir
    Path dir;
    EngineFixture kumo;
    private final List<Process> roots = new ArrayList<>();

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, Instant.now()); // process start times are real, so is the clock here
    }

    @AfterEach
    void close() {
        roots.forEach(root -> root.descendants().forEach(ProcessHandle::destroyForcibly));
        roots.forEach(Process::destroyForcibly);
        kumo.close();
    }

    private Run claimedRun() {
        Task task = kumo.cronTask("yearly", "0 0 1 1 *", "true");
        task.setMisfirePolicy(MisfirePolicy.ALL);
        kumo.core.tasks().update(task);
        Instant at = kumo.clock.instant().minusSeconds(1);
        Run run = kumo.engine.runs().recordFire(task, TriggerKind.CRON, at, RunStatus.QUEUED, at.minusMillis(100), null).orElseThrow();
        kumo.clock.set(Instant.now()); // the claim comes right before the spawn
        kumo.engine.runs().claim(run, kumo.clock.instant());
        return kumo.engine.runs().find(run.getId()).orElseThrow();
    }

    /** A session leader with a background child, both with {@code environment}, as a spawned run with its own child. */
    private List<ProcessHandle> sessionWith(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("setsid", "/bin/sh", "-c", "sleep 300 & echo $$; wait");
        builder.environment().putAll(environment);
        Process root = builder.start();
        roots.add(root);
        long leader;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(root.getInputStream(), StandardCharsets.UTF_8))) {
            leader = Long.parseLong(out.readLine().trim());
        }
        ProcessHandle handle = ProcessHandle.of(leader).orElseThrow();
        return List.of(handle, handle.children().findFirst().orElseThrow()); // the sleep was forked before the echo
    }

    @Test
    void processesOfARunWhosePidNeverLandedAreStoppedAtTheNextStart() throws Exception {
        Run claimed = claimedRun();
        List<ProcessHandle> left = sessionWith(LaunchSpecFactory.runMarks(claimed));

        kumo.engine.prepare();

        for (ProcessHandle process : left) {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS); // throws when it was not stopped
        }
        assertThat(left).noneMatch(ProcessHandle::isAlive);
        Run after = kumo.engine.runs().find(claimed.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void processesMarkedWithAnotherRunAreLeftAlone() throws Exception {
        Run claimed = claimedRun();
        Map<String, String> marks = new java.util.HashMap<>(LaunchSpecFactory.runMarks(claimed));
        marks.put("KUMO_RUN_ID", Long.toString(claimed.getId() + 1)); // e.g. another Kumo's run on another data directory
        List<ProcessHandle> others = sessionWith(marks);

        kumo.engine.prepare();

        assertThat(others).allMatch(ProcessHandle::isAlive);
        assertThat(kumo.engine.runs().find(claimed.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.INTERRUPTED);
    }
}
