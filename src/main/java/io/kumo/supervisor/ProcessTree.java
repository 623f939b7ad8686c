package io.kumo.supervisor;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes of one run: the root, everything descended from it, and on Linux every process still in the root's
 * session (so a grandchild that double-forked away from its parent is found too). Stopping signals all of them, waits
 * a grace period, then kills what is left.
 */
public final class ProcessTree {

    private final long rootPid;
    private final boolean ownSession;

    /**
     * @param ownSession true when the root was started as a session leader ({@code setsid}), so its session id is
     *                   its pid
     */
    public ProcessTree(long rootPid, boolean ownSession) {
        this.rootPid = rootPid;
        this.ownSession = ownSession;
    }

    public long rootPid() {
        return rootPid;
    }

    /** The live processes of the tree, root first. */
    public List<ProcessHandle> members() {
        Map<Long, ProcessHandle> members = new LinkedHashMap<>();
        ProcessHandle.of(rootPid).filter(ProcessHandle::isAlive).ifPresent(root -> {
            members.put(root.pid(), root);
            root.descendants().forEach(child -> members.put(child.pid(), child));
        });
        if (ownSession && ProcTable.available()) {
            sessionMembers().forEach(handle -> members.putIfAbsent(handle.pid(), handle));
        }
        return List.copyOf(members.values());
    }

    /** The root and its descendants only: cheap enough to call every second (no session scan). */
    public List<ProcessHandle> processes() {
        return ProcessHandle.of(rootPid).filter(ProcessHandle::isAlive)
                .map(root -> java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants()).toList())
                .orElse(List.of());
    }

    /** Whether any process of the run is left: one kill(-pgid, 0) where the run has its own session. */
    public boolean isAlive() {
        if (ownSession && ProcessGroupSignals.available()) {
            return ProcessGroupSignals.groupAlive(rootPid) || !processes().isEmpty();
        }
        return !members().isEmpty();
    }

    /** SIGTERM to every member, then SIGKILL to whatever still lives after {@code grace}. Returns when all are gone. */
    public void terminate(Duration grace) {
        if (ownSession) {
            ProcessGroupSignals.signalGroup(rootPid, ProcessGroupSignals.SIGTERM);
        }
        members().forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (isAlive() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(50));
        }
        kill();
    }

    /** SIGKILL to every member, repeated until none is left (a dying parent may still fork). */
    public void kill() {
        for (int round = 0; round < 50; round++) {
            List<ProcessHandle> alive = members();
            if (alive.isEmpty() && !isAlive()) {
                return;
            }
            if (ownSession) {
                ProcessGroupSignals.signalGroup(rootPid, ProcessGroupSignals.SIGKILL);
            }
            alive.forEach(ProcessHandle::destroyForcibly);
            pause(Duration.ofMillis(20));
        }
    }

    private List<ProcessHandle> sessionMembers() {
        return ProcTable.processes().stream()
                .filter(entry -> entry.session() == rootPid)
                .flatMap(entry -> ProcessHandle.of(entry.pid()).stream())
                .toList();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
