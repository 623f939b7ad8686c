package io.kumo.ui.alerts;

import io.kumo.ui.common.BackgroundExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background requests of which only the newest one's answer counts: an answer (or error) that comes back after a newer
 * request was made is dropped. Used from the FX thread only.
 */
public final class NewestWins {

    private final BackgroundExecutor background;
    private long asked;

    public NewestWins(BackgroundExecutor background) {
        this.background = background;
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        long mine = ++asked;
        background.run(work, result -> {
            if (mine == asked) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (mine == asked) {
                onFailure.accept(error);
            }
        });
    }

    /** Drops the answer of every request made so far. */
    public void cancel() {
        asked++;
    }
}
