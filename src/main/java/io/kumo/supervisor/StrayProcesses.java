package io.kumo.supervisor;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stops processes that are not one tree under a live root: processes that escaped a run's session but hold its pipes,
 * or what is left of a session whose leader died with an earlier Kumo. SIGTERM to each, SIGKILL after the grace
 * period to whatever the listing still names (it is asked again each round, so a process forked meanwhile is caught).
 */
final class StrayProcesses {

    private StrayProcesses() {
    }

    /** @return how many processes the first listing named */
    static int stop(Supplier<List<ProcessHandle>> listing, Duration grace) {
        List<ProcessHandle> first = alive(listing);
        if (first.isEmpty()) {
            return 0;
        }
        first.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (!alive(listing).isEmpty() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(50));
        }
        for (int round = 0; round < 50; round++) {
            List<ProcessHandle> left = alive(listing);
            if (left.isEmpty()) {
                break;
            }
            left.forEach(ProcessHandle::destroyForcibly);
            pause(Duration.ofMillis(20));
        }
        return first.size();
    }

    private static List<ProcessHandle> alive(Supplier<List<ProcessHandle>> listing) {
        return listing.get().stream().filter(handle -> handle.isAlive() && !ProcTable.isZombie(handle.pid())).toList();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
