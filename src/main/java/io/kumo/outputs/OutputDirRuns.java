package io.kumo.outputs;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The runs of this node writing to an OUTPUT_DIR right now, so that a run's list of outputs can say when another run
 * used the same folder meanwhile (a project's tasks share one). Leases are held weakly: a run that never ends normally
 * (it failed to start) drops out once it is gone.
 */
final class OutputDirRuns {

    private static final Map<Lease, Path> ACTIVE = new WeakHashMap<>();

    private OutputDirRuns() {
    }

    /** One run's use of a folder, from its start to {@link #end()}. */
    static final class Lease {
        private boolean overlapped;
        private boolean ended;

        /** Ends the use (once; later calls change nothing); whether another run used the folder meanwhile. */
        boolean end() {
            synchronized (ACTIVE) {
                if (!ended) {
                    ended = true;
                    ACTIVE.remove(this);
                }
                return overlapped;
            }
        }
    }

    static Lease begin(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        Lease lease = new Lease();
        synchronized (ACTIVE) {
            ACTIVE.forEach((other, used) -> {
                if (used.equals(key)) {
                    other.overlapped = true;
                    lease.overlapped = true;
                }
            });
            ACTIVE.put(lease, key);
        }
        return lease;
    }
}
