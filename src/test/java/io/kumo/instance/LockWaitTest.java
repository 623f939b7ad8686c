package io.kumo.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking the data directory's lock while a CLI command or an instance holds it; time runs on a settable clock. */
class LockWaitTest {

    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final StringWriter notices = new StringWriter();
    private final AtomicInteger pauses = new AtomicInteger();

    private Path lockFile() {
        return dir.resolve("kumo.lock");
    }

    /** Each pause is half a second on the clock; {@code then} runs at the given pause. */
    private LockWait waitWith(int atPause, Runnable then) {
        LockWait.Policy policy = new LockWait.Policy(clock, Duration.ofSeconds(30), Duration.ofSeconds(2), () -> {
            clock.advance(Duration.ofMillis(500));
            if (pauses.incrementAndGet() == atPause) {
                then.run();
            }
        });
        return policy.start(dir, new PrintWriter(notices, true));
    }

    @Test
    void lockHeldByACommandIsTakenOnceTheCommandEnds() {
        InstanceLock command = InstanceLock.tryAcquire(lockFile(), LockHolder.Role.COMMAND).orElseThrow();
        try (InstanceLock lock = InstanceLock.acquire(lockFile(), LockHolder.Role.INSTANCE, waitWith(3, command::close))) {
            assertThat(InstanceLock.holder(lockFile())).contains(new LockHolder(LockHolder.Role.INSTANCE, PID));
        }
        assertThat(pauses).hasValue(3);
        assertThat(notices.toString()).isEmpty(); // a second and a half: under the quiet period
    }

    @Test
    void waitLongerThanTheQuietPeriodSaysOnceWhichCommandItWaitsFor() {
        InstanceLock command = InstanceLock.tryAcquire(lockFile(), LockHolder.Role.COMMAND).orElseThrow();
        try (InstanceLock lock = InstanceLock.acquire(lockFile(), LockHolder.Role.COMMAND, waitWith(10, command::close))) {
            assertThat(notices.toString()).isEqualTo("kumo: waiting for another kumo command using " + dir + " (pid "
                    + PID + ")..." + System.lineSeparator());
        }
    }

    @Test
    void commandHoldingTheLockPastThePatienceEndsTheWaitWithoutCallingItARunningKumo() {
        try (InstanceLock command = InstanceLock.tryAcquire(lockFile(), LockHolder.Role.COMMAND).orElseThrow()) {
            assertThatThrownBy(() -> InstanceLock.acquire(lockFile(), LockHolder.Role.INSTANCE, waitWith(-1, () -> { })))
                    .isInstanceOf(DataDirectoryBusyException.class)
                    .hasMessage("another kumo command (pid " + PID + ") has been using data directory " + dir
                            + " for 30 s; try again when it has finished")
                    .hasMessageNotContaining("running");
        }
        assertThat(pauses).hasValue(60);
    }

    @Test
    void queueOfCommandsThatEachFinishInTimeIsWaitedOutPastThePatience() {
        LockWait wait = waitWith(-1, () -> { });
        for (int command = 1; command <= 3; command++) {
            wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, command));
            clock.advance(Duration.ofSeconds(25));
        }
        wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, 4)); // 75 s in all, none held it 30 s
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, 4)))
                .isInstanceOf(DataDirectoryBusyException.class).hasMessageContaining("(pid 4)");
    }

    @Test
    void queueThatNeverEndsIsGivenUpOnAfterTenTimesThePatience() {
        LockWait wait = waitWith(-1, () -> { });
        for (int command = 1; command <= 12; command++) {
            wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, command));
            clock.advance(Duration.ofSeconds(25));
        }
        assertThatThrownBy(() -> wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, 13)))
                .isInstanceOf(DataDirectoryBusyException.class).hasMessageContaining("for 300 s");
    }

    @Test
    void runningInstanceIsReportedAtOnceWithoutWaiting() {
        try (InstanceLock instance = InstanceLock.tryAcquire(lockFile(), LockHolder.Role.INSTANCE).orElseThrow()) {
            assertThatThrownBy(() -> InstanceLock.acquire(lockFile(), LockHolder.Role.COMMAND, waitWith(-1, () -> { })))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("Kumo is already running with data directory " + dir + " (pid " + PID + ")");
        }
        assertThat(pauses).hasValue(0);
    }

    @Test
    void instanceNotAnsweringYetIsGivenThePatienceThenReported() {
        LockWait wait = waitWith(-1, () -> { });
        AlreadyRunningException running = new AlreadyRunningException(dir, "42");
        wait.instanceStarting(running);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> wait.instanceStarting(running)).isSameAs(running);
    }

    @Test
    void instanceFoundAfterQueueingBehindCommandsStillGetsItsWholePatienceToStart() {
        LockWait wait = waitWith(-1, () -> { });
        wait.commandHolds(new LockHolder(LockHolder.Role.COMMAND, 1));
        clock.advance(Duration.ofSeconds(25));
        AlreadyRunningException running = new AlreadyRunningException(dir, "42");
        wait.instanceStarting(running); // first seen 25 s into the wait
        clock.advance(Duration.ofSeconds(20));
        wait.instanceStarting(running);
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> wait.instanceStarting(running)).isSameAs(running);
    }
}
