package io.kumo.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The engine's threads: {@code workers} prepare, spawn and supervise runs; {@code timers} fire timeouts. The engine
 * owns them once it has them and shuts them down at its close.
 */
public record EngineExecutors(ExecutorService workers, ScheduledExecutorService timers) {

    /** Daemon threads named {@code kumo-run-worker-N} and {@code kumo-timeouts}. */
    public static EngineExecutors named() {
        return new EngineExecutors(
                Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("kumo-run-worker-", 0).factory()),
                Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("kumo-timeouts").unstarted(r)));
    }

    void shutdown() {
        timers.shutdownNow();
        workers.shutdown();
    }
}
