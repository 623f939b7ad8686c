package io.kumo.supervisor;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What keeps one run within its limits or its sandbox: it wraps the run's resolved command line (a cgroup join and
 * rlimits, bubblewrap, a container), is told when the run is being stopped, and after the exit says whether a limit
 * ended the run and how much memory it peaked at. Closed once the outcome is known (a cgroup removed...).
 */
public interface RunConfinement extends AutoCloseable {

    /** Nothing around the run: it runs as the user with Kumo's own limits. */
    RunConfinement NONE = new RunConfinement() {
        @Override
        public List<String> wrap(List<String> resolvedArgv) {
            return resolvedArgv;
        }

        @Override
        public String describe() {
            return "";
        }
    };

    /**
     * The command line to spawn for {@code resolvedArgv} (whose first element is the program's absolute path); the
     * first element of the result must be an absolute path too.
     */
    List<String> wrap(List<String> resolvedArgv);

    /** One line for the run's log: which mechanism applies and what it limits ("" when there is nothing to say). */
    String describe();

    /** The run is being stopped (user, timeout, shutdown): release what a plain signal to the tree does not reach. */
    default void stopping() {
    }

    /** After the exit: why a limit ended the run ("memory limit 500 MB exceeded (peak 500 MB)"), if one did. */
    default Optional<String> limitExceeded(int exitCode, String errorSummary) {
        return Optional.empty();
    }

    /** The run's peak memory as the mechanism measured it (a cgroup's peak), when it measures one. */
    default OptionalLong peakMemoryBytes() {
        return OptionalLong.empty();
    }

    /** Releases what the confinement made for the run; called once, after the outcome is known. */
    @Override
    default void close() {
    }
}
