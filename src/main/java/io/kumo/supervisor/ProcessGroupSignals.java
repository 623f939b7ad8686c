package io.kumo.supervisor;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Optional;

/**
 * {@code kill(2)} on a whole process group, through JNA (which OSHI brings along). One system call tells whether any
 * process of a run is left and signals all of them, without scanning {@code /proc}. Absent on Windows.
 */
final class ProcessGroupSignals {

    static final int SIGKILL = 9;
    static final int SIGTERM = 15;

    interface CLibrary extends Library {
        int kill(int pid, int signal);
    }

    private static final Optional<CLibrary> LIBC = load();

    private ProcessGroupSignals() {
    }

    private static Optional<CLibrary> load() {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Native.load("c", CLibrary.class));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean available() {
        return LIBC.isPresent();
    }

    /** True when some process (zombies included) is still in group {@code pgid}. */
    static boolean groupAlive(long pgid) {
        return LIBC.map(libc -> libc.kill((int) -pgid, 0) == 0).orElse(false);
    }

    static void signalGroup(long pgid, int signal) {
        LIBC.ifPresent(libc -> libc.kill((int) -pgid, signal));
    }
}
