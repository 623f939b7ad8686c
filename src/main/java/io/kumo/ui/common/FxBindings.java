package io.kumo.ui.common;

import io.kumo.common.Observable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * Adapts the engine's {@link Observable}s to JavaFX properties on the FX thread. Changes are coalesced: however
 * often the engine changes a value (runs in progress under a busy schedule), at most one update per binding waits
 * on the FX thread, and it shows the latest value.
 */
public final class FxBindings {

    private FxBindings() {
    }

    public static <T, R> Observable.Pin bind(Observable<T> source, Property<R> target, Function<? super T, ? extends R> mapper) {
        AtomicBoolean pending = new AtomicBoolean();
        return source.observe(changed -> {
            if (pending.compareAndSet(false, true)) {
                UiThread.run(() -> {
                    pending.set(false);
                    target.setValue(mapper.apply(source.get()));
                });
            }
        });
    }
}
