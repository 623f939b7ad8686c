package io.kumo.ui.common;

import io.kumo.core.Observable;
import java.util.function.Function;
import javafx.beans.property.Property;

/** Adapts the engine's {@link Observable}s to JavaFX properties, updated on the FX thread. */
public final class FxBindings {

    private FxBindings() {
    }

    public static <T, R> Observable.Pin bind(Observable<T> source, Property<R> target, Function<? super T, ? extends R> mapper) {
        return source.observe(value -> UiThread.run(() -> target.setValue(mapper.apply(value))));
    }
}
