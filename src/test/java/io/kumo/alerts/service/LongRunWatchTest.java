package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One long-run timer per run and channel, however often the run is announced running; fired or ended, it is gone. */
class LongRunWatchTest {

    private final MutableClock clock = new MutableClock(TestCores.T0);
    private final ManualTimers timers = new ManualTimers(clock);
    private final LongRunWatch watch = new LongRunWatch(timers);

    @Test
    void aRunAnnouncedRunningTwiceIsCheckedOncePerChannelAndForgottenOnceChecked() {
        AtomicInteger checks = new AtomicInteger();
        watch.watch(7, 1, TestCores.T0.plusSeconds(60), checks::incrementAndGet);
        watch.watch(7, 1, TestCores.T0.plusSeconds(60), checks::incrementAndGet);
        watch.watch(7, 2, TestCores.T0.plusSeconds(60), checks::incrementAndGet);

        clock.advance(Duration.ofMinutes(2));
        timers.runDue();

        assertThat(checks).hasValue(2);
        assertThat(watch.watches(7)).isFalse();
    }

    @Test
    void anEndOfAnyKindCancelsTheRunsTimers() {
        AtomicInteger checks = new AtomicInteger();
        watch.watch(7, 1, TestCores.T0.plusSeconds(60), checks::incrementAndGet);
        watch.watch(8, 1, TestCores.T0.plusSeconds(60), checks::incrementAndGet);

        watch.ended(7);
        clock.advance(Duration.ofMinutes(2));
        timers.runDue();

        assertThat(checks).hasValue(1);
        assertThat(timers.pending()).isZero();
    }
}
