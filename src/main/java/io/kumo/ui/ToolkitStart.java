package io.kumo.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Starts the JavaFX platform once, on a thread of its own, so that it can come up while the data directory opens;
 * {@link #await()} returns when it is up, or throws what stopped it (no display, say) as {@code Platform.startup}
 * would have.
 */
final class ToolkitStart {

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final AtomicBoolean begun = new AtomicBoolean();

    /** Starts the platform unless already begun; returns at once. */
    void begin() {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("kumo-toolkit-start").daemon().start(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /** Begins if nobody did, then waits until the platform is up. */
    void await() {
        begin();
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
