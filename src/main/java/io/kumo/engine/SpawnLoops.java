package io.kumo.engine;

import java.time.Duration;

/**
 * The spawn loops of one instant's shares (see {@link InstantLaunches}) that are under way. A share supervises what it
 * spawned only once none is: the threads that drain, reap and record its runs (three per run) would otherwise take the
 * cores from the other shares' spawns, which a burst's last start is made of. Only spawning counts, not preparing, so a
 * share never waits for another one's late preparation.
 */
final class SpawnLoops {

    private int underWay;

    synchronized void begin() {
        underWay++;
    }

    synchronized void end() {
        if (--underWay == 0) {
            notifyAll();
        }
    }

    /** Returns once no loop is under way, or after {@code atMost}. */
    synchronized void awaitNone(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            while (underWay > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                wait(Math.max(1, remaining / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: supervised at once, as before
        }
    }
}
