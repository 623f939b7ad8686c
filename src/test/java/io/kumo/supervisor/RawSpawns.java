package io.kumo.supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bare {@code posix_spawn} of the native launcher for benchmarks outside this package ({@code SpawnFloorBenchmark}):
 * prepared ahead like a run's launch, started with nothing but the spawn, reaped afterwards.
 */
public final class RawSpawns {

    private RawSpawns() {
    }

    public static boolean available() {
        return PosixSpawn.available();
    }

    /** Pipes, file actions, attributes and native argv/envp made; nothing started yet. */
    public static Raw prepare(Path program, List<String> argv, Path workDir, Map<String, String> environment) throws IOException {
        return new Raw(PosixSpawn.prepare(program, argv, workDir, environment));
    }

    /** One prepared spawn: {@link #start()} is {@code PosixSpawn.Prepared.start}, {@link #reap()} waits and closes. */
    public static final class Raw {
        private final PosixSpawn.Prepared prepared;
        private PosixSpawn.Child child;

        private Raw(PosixSpawn.Prepared prepared) {
            this.prepared = prepared;
        }

        public void start() throws IOException {
            child = prepared.start();
        }

        /** Waits for the child's exit and closes its pipes' read ends; returns its exit code. */
        public int reap() throws IOException {
            try {
                return PosixSpawn.waitFor(child.pid());
            } finally {
                child.stdout().close();
                child.stderr().close();
            }
        }
    }
}
