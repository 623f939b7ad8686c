package io.kumo.conditions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs a helper program of the operating system and returns what it printed; injectable so tests can fake it. */
public interface Programs {

    /** Its standard output when it ran and exited 0 within {@code timeout}; empty when absent, failing or slow. */
    Optional<String> output(List<String> command, Duration timeout);
}
