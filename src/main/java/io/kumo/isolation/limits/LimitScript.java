package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell wrapper that puts a run under its limits and then becomes the run ({@code exec}), so the pid Kumo spawned
 * stays the run's and its process tree, stop and samples work as without limits.
 */
final class LimitScript {

    static final String NAME = "kumo-limits";
    private static final long KILOBYTE = 1024;
    /** POSIX {@code ulimit -f} counts 512-byte blocks (dash, and bash as sh). */
    private static final long FILE_BLOCK = 512;

    private final List<String> steps = new ArrayList<>();

    /** Moves the shell (and so the run it becomes) into a cgroup. */
    LimitScript join(Path cgroupDir) {
        steps.add("echo $$ > " + quote(cgroupDir.resolve("cgroup.procs").toString()));
        return this;
    }

    /** The rlimits every mechanism uses: open files and output size. */
    LimitScript fileLimits(ResourceLimits limits) {
        if (limits.maxOpenFiles() != null) {
            steps.add("ulimit -n " + limits.maxOpenFiles());
        }
        if (limits.maxOutputBytes() != null) {
            steps.add("ulimit -f " + ceil(limits.maxOutputBytes(), FILE_BLOCK));
        }
        return this;
    }

    /**
     * Memory as address space and processes: what rlimits have where cgroups are missing. The process rlimit counts all
     * of the user's processes, so the run gets {@code userProcesses} (those running now) plus its limit.
     */
    LimitScript memoryAndProcessLimits(ResourceLimits limits, long userProcesses) {
        if (limits.memoryBytes() != null) {
            steps.add("ulimit -v " + ceil(limits.memoryBytes(), KILOBYTE));
        }
        if (limits.maxProcesses() != null) {
            steps.add("ulimit -u " + (userProcesses + limits.maxProcesses()));
        }
        return this;
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** {@code shell -c '<steps> && exec "$@"' kumo-limits argv...}; {@code argv} itself when there is nothing to do. */
    List<String> around(Path shell, List<String> argv) {
        if (steps.isEmpty()) {
            return argv;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(shell.toString());
        wrapped.add("-c");
        wrapped.add(String.join(" && ", steps) + " && exec \"$@\"");
        wrapped.add(NAME);
        wrapped.addAll(argv);
        return wrapped;
    }

    private static long ceil(long value, long unit) {
        return (value + unit - 1) / unit;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
