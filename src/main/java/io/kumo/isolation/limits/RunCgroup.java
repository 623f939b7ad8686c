package io.kumo.isolation.limits;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** The cgroup(s) one run lives in: made before the spawn, read after the exit, emptied and removed at the end. */
interface RunCgroup {

    /** The directories the wrapper joins (one for v2, one per hierarchy for v1). */
    List<Path> joins();

    /** Whether the kernel's OOM killer ended a process of the run inside its memory limit. */
    boolean oomKilled(int exitCode);

    OptionalLong peakMemory();

    /** Whether a fork was refused by the process limit. */
    boolean processLimitHit();

    /** Asks every process of the run to end (SIGTERM), also those that left the process tree. */
    void terminate();

    /** Kills what is left and removes the cgroup(s). */
    void killAndRemove();
}
