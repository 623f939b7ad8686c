package io.kumo.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is left of a run's session after the Kumo that started it died. Each run leads its own session and process
 * group (pgid = sid = the root's pid), so its processes are found by scanning {@code /proc} for that session or group,
 * whether the root is still alive or not (it often is not: it dies of a broken pipe together with Kumo, or it had just
 * finished, while its background children live on).
 *
 * <p>A pid can be reused, so a process counts only when it started inside the run's window: not before the run
 * started (minus a tolerance for clock and {@code /proc} precision) and not after the crash. A run that started
 * before the machine (or container) did has nothing left. While a process of the session lives, the kernel does not
 * hand its session id out again, so once the first scan found members, later scans (catching children forked
 * meanwhile) take every process of the session.
 */
public final class OrphanedSession {

    /** Process start times come from /proc in clock ticks since a boot time known to the second. */
    static final Duration START_TOLERANCE = Duration.ofSeconds(5);

    private final long leader;
    private final Instant notBefore;
    private final Instant notAfter;

    /**
     * @param leader     the run's root pid, which was its session and group id
     * @param runStarted when the run started
     * @param crashBound no process started after this belonged to the run when Kumo died (e.g. this Kumo's start)
     */
    public OrphanedSession(long leader, Instant runStarted, Instant crashBound) {
        this.leader = leader;
        this.notBefore = runStarted.minus(START_TOLERANCE);
        this.notAfter = crashBound;
    }

    /**
     * The sessions of a run whose root pid never reached the database (Kumo died between the spawn and the record of
     * its pid): the processes started within the run's window whose environment holds {@code variables} (what every
     * process of a run inherits, e.g. its run id), and the sessions they lead or belong to. Empty without {@code /proc}.
     */
    public static List<OrphanedSession> carrying(java.util.Map<String, String> variables, Instant runStarted, Instant crashBound) {
        if (!ProcTable.available() || variables.isEmpty()) {
            return List.of();
        }
        Instant notBefore = runStarted.minus(START_TOLERANCE);
        return ProcTable.processes().stream()
                .filter(entry -> ProcTable.environmentHolds(entry.pid(), variables))
                .filter(entry -> ProcessHandle.of(entry.pid()).flatMap(handle -> handle.info().startInstant())
                        .filter(started -> !started.isBefore(notBefore) && !started.isAfter(crashBound)).isPresent())
                .map(ProcTable.Entry::session)
                .distinct()
                .map(session -> new OrphanedSession(session, runStarted, crashBound))
                .toList();
    }

    /** The live processes of the run's session or group that started within the run's window. */
    public List<ProcessHandle> members() {
        if (bootedAfter(notBefore.plus(START_TOLERANCE)) || leaderIsSomeoneElse()) {
            return List.of();
        }
        return scan(notAfter);
    }

    /**
     * SIGTERM to every member, SIGKILL after {@code grace} to what is left; returns when none is left.
     *
     * @return how many processes were found
     */
    public int terminate(Duration grace) {
        if (members().isEmpty()) {
            return 0;
        }
        return StrayProcesses.stop(() -> scan(Instant.MAX), grace);
    }

    private List<ProcessHandle> scan(Instant startedBefore) {
        if (!ProcTable.available()) { // no /proc (macOS): the root's descendants are all that can be found
            return ProcessHandle.of(leader).filter(ProcessHandle::isAlive)
                    .map(root -> java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants()).toList())
                    .orElse(List.of());
        }
        return ProcTable.processes().stream()
                .filter(entry -> entry.session() == leader || entry.processGroup() == leader)
                .flatMap(entry -> ProcessHandle.of(entry.pid()).stream())
                .filter(handle -> startedWithin(handle, startedBefore))
                .toList();
    }

    private boolean startedWithin(ProcessHandle handle, Instant startedBefore) {
        Optional<Instant> started = handle.info().startInstant();
        return started.isPresent() && !started.get().isBefore(notBefore) && !started.get().isAfter(startedBefore);
    }

    /**
     * A live process with the leader's pid that did not start with the run (it is spawned right before the run's start
     * is taken) took the pid over: its session is not ours.
     */
    private boolean leaderIsSomeoneElse() {
        Instant runStarted = notBefore.plus(START_TOLERANCE);
        return ProcessHandle.of(leader).filter(ProcessHandle::isAlive)
                .map(handle -> handle.info().startInstant()
                        .map(started -> Duration.between(runStarted, started).abs().compareTo(START_TOLERANCE) > 0)
                        .orElse(true))
                .orElse(false);
    }

    /** Whether pid 1 (the machine's or the container's init) started after the run: then the run's processes are gone. */
    private static boolean bootedAfter(Instant runStarted) {
        return ProcessHandle.of(1).flatMap(init -> init.info().startInstant())
                .map(boot -> boot.isAfter(runStarted.plus(START_TOLERANCE)))
                .orElse(false);
    }
}
