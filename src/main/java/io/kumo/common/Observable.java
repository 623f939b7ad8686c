package io.kumo.common;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A value that tells its listeners when it changes. The engine publishes state through these so that it needs no
 * UI toolkit; the UI adapts them to its own properties on its own thread.
 */
public final class Observable<T> {

    private final CopyOnWriteArrayList<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    public Observable(T initial) {
        this.value = initial;
    }

    public T get() {
        return value;
    }

    public void set(T newValue) {
        if (Objects.equals(value, newValue)) {
            return;
        }
        value = newValue;
        listeners.forEach(listener -> listener.accept(newValue));
    }

    /** Calls the listener now with the current value and on every change until the returned pin is closed. */
    public Pin observe(Consumer<? super T> listener) {
        listeners.add(listener);
        listener.accept(value);
        return () -> listeners.remove(listener);
    }

    /** Calls the listener on every change from now on (not with the current value) until the pin is closed. */
    public Pin onChange(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A subscription; closing it stops the notifications. */
    @FunctionalInterface
    public interface Pin extends AutoCloseable {
        @Override
        void close();
    }
}
