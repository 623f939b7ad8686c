package io.kumo.instance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One bounded wait for the data directory's lock while short CLI commands hold it: quiet at first, one line on
 * stderr once it takes longer than the quiet period, and a {@link DataDirectoryBusyException} when one command keeps
 * it past the patience (a stuck command), or the whole wait takes ten times that (a queue that never ends). A queue
 * of commands that each finish in time is waited out.
 */
public final class LockWait {

    /** How long to wait and how: time and the pause between attempts are injected so tests need not sleep. */
    public record Policy(Clock clock, Duration patience, Duration quiet, Pause pause) {

        public static final Policy DEFAULT = new Policy(Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofSeconds(2),
                () -> Thread.sleep(25));

        public LockWait start(Path dataDirectory, PrintWriter notices) {
            return new LockWait(this, dataDirectory, notices);
        }
    }

    /** The pause between two attempts to take the lock. */
    @FunctionalInterface
    public interface Pause {
        void pause() throws InterruptedException;
    }

    private final Policy policy;
    private final Path dataDirectory;
    private final PrintWriter notices;
    private final Instant started;
    private LockHolder holder;
    private Instant holderSince;
    private Instant instanceSince;
    private boolean told;

    private LockWait(Policy policy, Path dataDirectory, PrintWriter notices) {
        this.policy = policy;
        this.dataDirectory = dataDirectory;
        this.notices = notices;
        this.started = policy.clock().instant();
        this.holderSince = started;
    }

    /**
     * A command (or a holder still writing its name: {@code null}) has the lock: says so once past the quiet period.
     *
     * @throws DataDirectoryBusyException past the patience
     */
    void commandHolds(LockHolder holder) {
        Instant now = policy.clock().instant();
        if (holder != null && !holder.equals(this.holder)) {
            this.holder = holder;
            this.holderSince = now;
        }
        Duration held = Duration.between(holderSince, now);
        if (held.compareTo(policy.patience()) >= 0) {
            throw new DataDirectoryBusyException(dataDirectory, holder, held);
        }
        Duration waited = waited();
        if (waited.compareTo(policy.patience().multipliedBy(10)) >= 0) {
            throw new DataDirectoryBusyException(dataDirectory, holder, waited);
        }
        if (!told && waited.compareTo(policy.quiet()) >= 0) {
            told = true;
            notices.println("kumo: waiting for another kumo " + (holder == null ? "process" : "command") + " using "
                    + dataDirectory + (holder == null ? "" : " (pid " + holder.pid() + ")") + "...");
            notices.flush();
        }
    }

    /**
     * An instance holds the lock but does not answer on its socket yet (it is starting): rethrown once it has not
     * answered for the patience, counted from when it was first seen (the wait may have queued behind commands before).
     */
    public void instanceStarting(AlreadyRunningException running) {
        Instant now = policy.clock().instant();
        if (instanceSince == null) {
            instanceSince = now;
        }
        if (Duration.between(instanceSince, now).compareTo(policy.patience()) >= 0) {
            throw running;
        }
    }

    /** Waits a moment before the next attempt. */
    public void pause() {
        try {
            policy.pause().pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataDirectoryBusyException(dataDirectory, null, waited());
        }
    }

    private Duration waited() {
        return Duration.between(started, policy.clock().instant());
    }
}
