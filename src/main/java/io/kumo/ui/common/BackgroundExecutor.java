package io.kumo.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way off the FX thread: database, disk and process work from view-models runs here, and its result or error
 * comes back on the FX thread. {@link VirtualThreadBackground} in the app; {@link SameThreadBackground} in view-model
 * unit tests, which then need no toolkit and no waiting.
 */
public interface BackgroundExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    default void run(Runnable work, Consumer<? super Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Waits a bounded time for queued work (a pending settings write, say) before the app quits. */
    @Override
    void close();
}
