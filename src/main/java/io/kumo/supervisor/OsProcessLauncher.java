package io.kumo.supervisor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts run processes with the operating system. On Unix each run becomes the leader of its own session
 * ({@code posix_spawn} with SETSID on Linux, else the {@code setsid} program), so its whole tree, grandchildren behind
 * shell wrappers included, can be found and stopped; elsewhere the tree is found by walking descendants.
 */
public final class OsProcessLauncher implements ProcessLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(OsProcessLauncher.class);

    private final Optional<Path> setsid;
    private final boolean useNativeSpawn;

    /** posix_spawn where the platform has it (Linux/glibc), else ProcessBuilder with {@code setsid} where found. */
    public OsProcessLauncher() {
        this(findSetsid(), PosixSpawn.available());
    }

    OsProcessLauncher(Optional<Path> setsid, boolean useNativeSpawn) {
        this.setsid = setsid;
        this.useNativeSpawn = useNativeSpawn;
    }

    /** Always ProcessBuilder (with setsid where found): the portable path, kept tested on Linux too. */
    static OsProcessLauncher portable() {
        return new OsProcessLauncher(findSetsid(), false);
    }

    private static Optional<Path> findSetsid() {
        for (String candidate : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    @Override
    public PreparedLaunch prepare(LaunchSpec spec) throws IOException {
        return prepare(spec, OutputTap.NONE);
    }

    /**
     * Starts at once, like {@link #launch(LaunchSpec)}, and hands every line of output to {@code tap} as well: Python
     * tools show their output live and read answers from it. A null {@code spec.logFile()} writes no log file.
     */
    public SupervisedProcess launch(LaunchSpec spec, OutputTap tap) throws IOException {
        return prepare(spec, tap).start();
    }

    private PreparedLaunch prepare(LaunchSpec spec, OutputTap tap) throws IOException {
        if (!Files.isDirectory(spec.workDir())) {
            throw new IOException("working directory " + spec.workDir() + " does not exist");
        }
        Path program;
        try {
            program = ExecutableResolver.resolve(spec.argv().getFirst(), spec.environment().get("PATH"), spec.workDir());
        } catch (IOException e) {
            throw masked(e, SecretMask.of(spec.secrets()));
        }
        RunLog log = new RunLog(spec.logFile(), spec.secrets(), spec.logCapBytes());
        try {
            LaunchSpec confined = confined(program, spec);
            Path spawned = confined == spec ? program : Path.of(confined.argv().getFirst());
            return useNativeSpawn ? prepareNative(spawned, confined, log, tap) : prepareProcessBuilder(spawned, confined, log, tap);
        } catch (IOException | RuntimeException e) {
            spec.confinement().close();
            log.close();
            throw e;
        }
    }

    /** The spec as spawned: its command line wrapped by its confinement (the same spec when it has none). */
    private static LaunchSpec confined(Path program, LaunchSpec spec) throws IOException {
        if (spec.confinement() == RunConfinement.NONE) {
            return spec;
        }
        List<String> resolved = new ArrayList<>(spec.argv());
        resolved.set(0, program.toString());
        List<String> wrapped;
        try {
            wrapped = spec.confinement().wrap(List.copyOf(resolved));
        } catch (RuntimeException e) {
            throw new IOException("cannot confine the run: " + e.getMessage(), e);
        }
        return new LaunchSpec(wrapped, spec.workDir(), spec.environment(), spec.logFile(), spec.secrets(), spec.logCapBytes(),
                spec.confinement());
    }

    /** The process as the engine sees it: inside its confinement where it has one. */
    private static SupervisedProcess supervised(SupervisedProcess process, LaunchSpec spec) {
        return spec.confinement() == RunConfinement.NONE ? process : new ConfinedProcess(process, spec.confinement());
    }

    private PreparedLaunch prepareNative(Path program, LaunchSpec spec, RunLog log, OutputTap tap) throws IOException {
        PosixSpawn.Prepared prepared = PosixSpawn.prepare(program, spec.argv(), spec.workDir(), spec.environment());
        return new Launch(spec, log, prepared::cancel, () -> {
            PosixSpawn.Child child = prepared.start();
            return () -> {
                CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                    try {
                        return PosixSpawn.waitFor(child.pid());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, RunProcess.THREAD_POOL);
                return supervised(new RunProcess(child.pid(), new ProcessTree(child.pid(), true), log, child.stdout(),
                        child.stderr(), child.pipes(), exit, tap), spec);
            };
        });
    }

    private PreparedLaunch prepareProcessBuilder(Path program, LaunchSpec spec, RunLog log, OutputTap tap) {
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(program.toString());
        command.addAll(spec.argv().subList(1, spec.argv().size()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        return new Launch(spec, log, () -> { }, () -> {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IOException("cannot start '" + spec.argv().getFirst() + "': " + rootMessage(e), e);
            }
            java.util.Set<String> pipes = pipesOf(process.pid()); // while it runs: gone once it exited
            return () -> supervised(new RunProcess(process.pid(), new ProcessTree(process.pid(), setsid.isPresent()), log,
                    process.getInputStream(), process.getErrorStream(), pipes, process.onExit().thenApply(Process::exitValue), tap),
                    spec);
        });
    }

    /** The child's stdout and stderr pipes, read from /proc while it runs (empty once it has exited, or without /proc). */
    private static java.util.Set<String> pipesOf(long pid) {
        java.util.Set<String> pipes = new java.util.HashSet<>();
        for (int fd = 1; fd <= 2; fd++) {
            ProcTable.target(Path.of("/proc/" + pid + "/fd/" + fd)).filter(target -> target.startsWith("pipe:")).ifPresent(pipes::add);
        }
        return java.util.Set.copyOf(pipes);
    }

    private interface Spawn {
        Spawned spawn() throws IOException;
    }

    /** A prepared launch: a failed spawn is written to the run's log, which is then closed, as is a cancelled one. */
    private record Launch(LaunchSpec spec, RunLog log, Runnable release, Spawn spawning) implements PreparedLaunch {
        @Override
        public SupervisedProcess start() throws IOException {
            return spawn().supervise();
        }

        @Override
        public Spawned spawn() throws IOException {
            try {
                return spawning.spawn();
            } catch (IOException e) {
                log.notice("could not start " + spec.argv().getFirst() + ": " + e.getMessage());
                spec.confinement().close();
                log.close();
                throw masked(e, log.mask()); // its message becomes the run's error
            }
        }

        @Override
        public void cancel() {
            release.run();
            spec.confinement().close();
            log.close();
        }
    }

    /** The same failure with secrets masked in its message; the clear cause is left behind, so no log gets it. */
    private static IOException masked(IOException e, SecretMask mask) {
        String message = e.getMessage();
        String masked = mask.mask(message);
        return java.util.Objects.equals(message, masked) ? e : new IOException(masked);
    }

    private static String rootMessage(IOException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf("error=");
        return detail >= 0 ? message.substring(detail) : String.valueOf(message);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
