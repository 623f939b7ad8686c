package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The follow loop stops when its reader goes away, and when the followed run record is gone. */
class LiveLogTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(10)
    void aReaderThatWentAwayEndsTheFollowOfARunStillGoing() throws IOException {
        Run running = run(RunStatus.RUNNING, Files.writeString(dir.resolve("run.log"), "one\n"));
        AtomicInteger reads = new AtomicInteger();
        LiveLog live = new LiveLog(id -> {
            reads.incrementAndGet();
            return Optional.of(running);
        }, Duration.ofMillis(10), Duration.ofMillis(30));

        assertThatThrownBy(() -> live.follow(1, 0, new LiveLog.Reader() {
            @Override
            public void lines(List<LogFollow.Line> lines) {
            }

            @Override
            public void keepAlive() throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void ended(Run run) {
                throw new AssertionError("the run did not end");
            }
        })).isInstanceOf(IOException.class); // returned: no loop left polling (the timeout fails a loop that goes on)

        assertThat(reads.get()).isPositive();
    }

    @Test
    @Timeout(10)
    void aRunRecordDeletedWhileFollowedEndsTheFollow() throws IOException {
        LiveLog live = new LiveLog(id -> Optional.empty(), Duration.ofMillis(10), Duration.ofSeconds(15));

        live.follow(1, 0, new LiveLog.Reader() {
            @Override
            public void lines(List<LogFollow.Line> lines) {
                throw new AssertionError("no lines expected");
            }

            @Override
            public void keepAlive() {
            }

            @Override
            public void ended(Run run) {
                throw new AssertionError("no end expected");
            }
        });
    }

    private static Run run(RunStatus status, Path log) {
        Run run = new Run(1L, "job", TriggerKind.MANUAL, Instant.parse("2026-03-01T06:00:00Z"), status);
        run.setId(1L);
        run.setLogPath(log.toString());
        return run;
    }
}
