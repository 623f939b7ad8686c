package io.kumo.engine;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The engine's threads: {@code workers} prepare, spawn and supervise runs; {@code timers} fire timeouts. The engine
 * owns them once it has them and shuts them down at its close.
 */
public record EngineExecutors(ExecutorService workers, ScheduledExecutorService timers) {

    /**
     * An idle worker is kept this long: longer than a minute, so that tasks on the same cron minute find the workers
     * of the last minute's burst instead of creating a thread per run again.
     */
    static final Duration WORKER_KEEP_ALIVE = Duration.ofMinutes(3);

    /** Daemon threads named {@code kumo-run-worker-N} and {@code kumo-timeouts}. */
    public static EngineExecutors named() {
        return new EngineExecutors(
                new ThreadPoolExecutor(0, Integer.MAX_VALUE, WORKER_KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS, new SynchronousQueue<>(),
                        Thread.ofPlatform().daemon().name("kumo-run-worker-", 0).factory()),
                Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("kumo-timeouts").unstarted(r)));
    }

    void shutdown() {
        timers.shutdownNow();
        workers.shutdown();
    }
}
