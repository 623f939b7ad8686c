package io.kumo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way off the FX thread: database, disk and process work from view-models runs here, and its result or error
 * comes back on the FX thread.
 */
public final class BackgroundExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService executor;

    public BackgroundExecutor() {
        // virtual threads: a long install or creation must not hold back the quick reads of other panes
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kumo-ui-worker-", 0).factory());
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                UiThread.run(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                if (e instanceof io.kumo.common.ValidationException || e instanceof io.kumo.python.Cancellation.CancelledException) {
                    LOG.debug("Background work refused or cancelled: {}", e.getMessage());
                } else {
                    LOG.warn("Background work failed", e);
                }
                UiThread.run(() -> onFailure.accept(e));
            }
        });
    }

    public void run(Runnable work, Consumer<? super Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Waits a bounded time for queued work (a pending settings write, say) before the app quits. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
