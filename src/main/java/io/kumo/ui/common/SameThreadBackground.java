package io.kumo.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and then its callback at once on the calling thread: view-model tests see the result on return. */
public final class SameThreadBackground implements BackgroundExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
    }
}
