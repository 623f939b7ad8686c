package io.kumo.alerts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** What runs later: retries, digests, long-run checks. Tests drive their own; Kumo runs one "kumo-alert-timers" thread. */
interface AlertTimers extends AutoCloseable {

    /** Runs {@code task} at {@code at} (by the clock); the answer cancels it. */
    Runnable at(Instant at, Runnable task);

    @Override
    void close();

    /** One daemon thread, started on the first timer, ended after a minute without timers. */
    static AlertTimers onThread(Clock clock) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                runnable -> Thread.ofPlatform().daemon().name("kumo-alert-timers").unstarted(runnable));
        executor.setKeepAliveTime(60, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setRemoveOnCancelPolicy(true);
        return new AlertTimers() {
            @Override
            public Runnable at(Instant at, Runnable task) {
                long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
                ScheduledFuture<?> future = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void close() {
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS); // a digest or retry in hand finishes its writes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
