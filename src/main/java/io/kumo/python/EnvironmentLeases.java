package io.kumo.python;

import io.kumo.common.ValidationException;
import io.kumo.domain.PythonEnvironment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One operation at a time per environment: an install cannot run while the same environment is being deleted, and a
 * state is only "stuck" (and may be reset) when no operation holds it.
 */
public final class EnvironmentLeases {

    private final Map<String, String> busy = new ConcurrentHashMap<>();

    /** A held environment; closing releases it. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    public Lease acquire(PythonEnvironment environment, String operation) {
        String name = environment.getName();
        String running = busy.putIfAbsent(name, operation);
        if (running != null) {
            throw new ValidationException("environment '" + name + "' is busy (" + running + "); wait for it or cancel it");
        }
        return () -> busy.remove(name, operation);
    }

    public boolean isBusy(String environmentName) {
        return busy.containsKey(environmentName);
    }
}
