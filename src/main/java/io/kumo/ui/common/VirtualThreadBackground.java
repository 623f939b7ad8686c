package io.kumo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on virtual threads, results and errors handed back on the FX thread. */
public final class VirtualThreadBackground implements BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualThreadBackground.class);

    private final ExecutorService executor;

    public VirtualThreadBackground() {
        // virtual threads: a long install or creation must not hold back the quick reads of other panes
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kumo-ui-worker-", 0).factory());
    }

    @Override
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
