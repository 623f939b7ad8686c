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
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.io.UncheckedIOException;
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

    @Test
    @Timeout(10)
    void theRunRecordIsReadOncePerStatusIntervalWhileTheLogIsReadEveryPoll() throws IOException {
        Path log = Files.writeString(dir.resolve("run.log"), "");
        Run running = run(RunStatus.RUNNING, log);
        AtomicInteger statusReads = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        AtomicInteger polls = new AtomicInteger();
        List<String> got = new ArrayList<>();
        LiveLog live = new LiveLog(id -> {
            statusReads.incrementAndGet();
            return Optional.of(running);
        }, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(1), nanos::get, pause -> {
            nanos.addAndGet(pause.toNanos()); // the hand-moved clock: no real waiting
            int poll = polls.incrementAndGet();
            try {
                Files.writeString(log, "line " + poll + "\n", java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (poll == 20) {
                running.setStatus(RunStatus.SUCCESS); // seen at the next status read, the log then read to its end
            }
        });

        live.follow(1, 0, new LiveLog.Reader() {
            @Override
            public void lines(List<LogFollow.Line> lines) {
                lines.forEach(line -> got.add(line.text()));
            }

            @Override
            public void keepAlive() {
            }

            @Override
            public void ended(Run run) {
                got.add("end " + run.getStatus());
            }
        });

        assertThat(polls.get()).isEqualTo(20); // 20 polls of 200 ms: 4 s, the end seen at the read of 4 s
        assertThat(statusReads.get()).isEqualTo(5); // at 0, 1, 2, 3 and 4 s; one read per poll would be 21
        assertThat(got).hasSize(21).startsWith("line 1").endsWith("line 20", "end SUCCESS");
    }

    @Test
    @Timeout(10)
    void aQuietFollowSendsAKeepAliveEveryInterval() throws IOException {
        Run running = run(RunStatus.RUNNING, Files.writeString(dir.resolve("run.log"), ""));
        AtomicLong nanos = new AtomicLong();
        List<Long> keepAlivesAt = new ArrayList<>();
        LiveLog live = new LiveLog(id -> Optional.of(running), Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofSeconds(1), nanos::get, pause -> nanos.addAndGet(pause.toNanos()));

        assertThatThrownBy(() -> live.follow(1, 0, new LiveLog.Reader() {
            @Override
            public void lines(List<LogFollow.Line> lines) {
            }

            @Override
            public void keepAlive() throws IOException {
                keepAlivesAt.add(Duration.ofNanos(nanos.get()).toMillis());
                if (keepAlivesAt.size() == 3) {
                    throw new IOException("Broken pipe");
                }
            }

            @Override
            public void ended(Run run) {
            }
        })).isInstanceOf(IOException.class);

        assertThat(keepAlivesAt).containsExactly(5000L, 10000L, 15000L);
    }

    private static Run run(RunStatus status, Path log) {
        Run run = new Run(1L, "job", TriggerKind.MANUAL, Instant.parse("2026-03-01T06:00:00Z"), status);
        run.setId(1L);
        run.setLogPath(log.toString());
        return run;
    }
}
