package io.kumo.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs. {@link ProcessHandle#isAlive} also says yes for a zombie: a process that has ended and
 * waits for its parent (for an orphan, PID 1) to collect its exit status, which can take a moment.
 */
public final class LiveProcesses {

    private LiveProcesses() {
    }

    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !isZombie(pid);
    }

    /** State field of /proc/PID/stat, after the command name (which may hold spaces and parentheses). */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux), or the process is gone: isAlive alone decides
        }
    }
}
