package io.kumo.common;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made on first use, once, whichever thread asks first. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public Lazy(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(maker.get());
                    value = made;
                }
            }
        }
        return made;
    }
}
