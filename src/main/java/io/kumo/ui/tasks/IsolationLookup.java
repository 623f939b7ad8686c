package io.kumo.ui.tasks;

import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.IsolationStatus;
import java.util.function.Supplier;

/**
 * What the editor shows beside a task's limits and sandbox: the defaults from Settings and what this machine offers.
 * Both may probe the OS or read the database: call them in the background.
 */
public record IsolationLookup(Supplier<ResourceLimits> defaults, Supplier<IsolationStatus> status) {

    /** Nothing known: no defaults, each sandbox said to be unknown. */
    public static final IsolationLookup UNKNOWN = new IsolationLookup(() -> ResourceLimits.NONE,
            () -> new IsolationStatus("unknown", null, null));
}
