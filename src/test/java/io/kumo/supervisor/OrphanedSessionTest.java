package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A session whose leader already died, as a crashed Kumo leaves it: real processes, found through /proc, stopped only
 * when they started within the run's window.
 */
@EnabledOnOs(OS.LINUX)
class OrphanedSessionTest {

    private Instant beforeSpawn;
    private long leader;
    private Instant afterSpawn;

    /** A session leader (the run's root) that starts two background sleeps and exits, as a root dying with Kumo. */
    @BeforeEach
    void leaderDiesLeavingTwoChildrenInItsSession() throws Exception {
        beforeSpawn = Instant.now().minusSeconds(1); // process start times are known to the clock tick, boot time to the second
        Process root = new ProcessBuilder("setsid", "/bin/sh", "-c", "sleep 300 & sleep 300 & echo $$").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(root.getInputStream(), StandardCharsets.UTF_8))) {
            leader = Long.parseLong(out.readLine().trim());
        }
        assertThat(root.waitFor(30, TimeUnit.SECONDS)).isTrue();
        afterSpawn = Instant.now().plusSeconds(1);
        assertThat(inSession(leader)).hasSize(2);
    }

    @AfterEach
    void killWhatIsLeft() {
        inSession(leader).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void sessionMembersAreStoppedThoughTheirLeaderIsGone() {
        OrphanedSession session = new OrphanedSession(leader, beforeSpawn, afterSpawn);

        assertThat(session.members()).hasSize(2);
        assertThat(session.terminate(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(inSession(leader)).isEmpty();
    }

    @Test
    void processesOlderThanTheRunAreNotItsOwnAndAreLeftAlone() {
        // the run started after these processes: the pid was reused by an unrelated session
        OrphanedSession session = new OrphanedSession(leader, afterSpawn.plus(Duration.ofMinutes(1)), afterSpawn.plus(Duration.ofMinutes(2)));

        assertThat(session.members()).isEmpty();
        assertThat(session.terminate(Duration.ofSeconds(2))).isZero();
        assertThat(inSession(leader)).hasSize(2);
    }

    @Test
    void processesStartedAfterTheCrashAreNotTheRunsAndAreLeftAlone() {
        OrphanedSession session = new OrphanedSession(leader, beforeSpawn.minus(Duration.ofMinutes(2)), beforeSpawn.minus(Duration.ofMinutes(1)));

        assertThat(session.members()).isEmpty();
        assertThat(session.terminate(Duration.ofSeconds(2))).isZero();
        assertThat(inSession(leader)).hasSize(2);
    }

    private static List<ProcessHandle> inSession(long sid) {
        return ProcTable.processes().stream()
                .filter(entry -> entry.session() == sid)
                .flatMap(entry -> ProcessHandle.of(entry.pid()).stream())
                .filter(handle -> handle.isAlive() && !ProcTable.isZombie(handle.pid()))
                .toList();
    }
}
