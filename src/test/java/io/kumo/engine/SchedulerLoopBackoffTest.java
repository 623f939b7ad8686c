package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Task;
import io.kumo.schedule.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A scheduler pass that throws is followed by a growing wait, never by the next pass at once (no busy loop). */
class SchedulerLoopBackoffTest {

    static final int FAILURES = 5;

    /** A clock that breaks every pass (the first thing a pass does is read it) and counts the passes. */
    static final class BrokenClock extends Clock {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Instant instant() {
            reads.incrementAndGet();
            throw new IllegalStateException("broken clock");
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static final class NoTarget implements FireScheduler.Target {
        @Override
        public void fire(Task task, Trigger trigger, Instant scheduledFor) {
        }

        @Override
        public void misfire(Task task, Trigger trigger, LateFires late, boolean onTimeFollows) {
        }

        @Override
        public void startDelayed(long runId) {
        }
    }

    @Test
    void everyFailedPassWaitsWithABackoffBeforeTheNextOne() throws Exception {
        BrokenClock clock = new BrokenClock();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        CountDownLatch enoughFailures = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        FireScheduler scheduler = new FireScheduler(clock, new NoTarget(), 100, delay -> {
            waits.add(delay);
            if (waits.size() == FAILURES) {
                enoughFailures.countDown();
                released.await(); // holds the loop here while the test counts
            }
        });
        scheduler.start();
        try {
            assertThat(enoughFailures.await(60, TimeUnit.SECONDS)).as("five failed passes").isTrue();

            assertThat(clock.reads.get()).as("passes").isEqualTo(FAILURES);
            assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                    Duration.ofSeconds(8), Duration.ofSeconds(16));
        } finally {
            released.countDown();
            scheduler.stop();
        }
    }

    @Test
    void theBackoffStopsGrowingAtTheRearmInterval() {
        assertThat(FireScheduler.backoff(6)).isEqualTo(FireScheduler.REARM);
        assertThat(FireScheduler.backoff(1000)).isEqualTo(FireScheduler.REARM);
    }
}
