package io.kumo.supervisor;

import java.io.File;
import java.io.IOException;
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
        if (!Files.isDirectory(spec.workDir())) {
            throw new IOException("working directory " + spec.workDir() + " does not exist");
        }
        Path program = ExecutableResolver.resolve(spec.argv().getFirst(), spec.environment().get("PATH"), spec.workDir());
        RunLog log = new RunLog(spec.logFile(), spec.secrets(), spec.logCapBytes());
        if (useNativeSpawn) {
            PosixSpawn.Prepared prepared;
            try {
                prepared = PosixSpawn.prepare(program, spec.argv(), spec.workDir(), spec.environment());
            } catch (IOException e) {
                log.close();
                throw e;
            }
            return new PreparedLaunch() {
                @Override
                public SupervisedProcess start() throws IOException {
                    return spawnNatively(prepared, spec, log);
                }

                @Override
                public void cancel() {
                    prepared.cancel();
                    log.close();
                }
            };
        }
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(program.toString());
        command.addAll(spec.argv().subList(1, spec.argv().size()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        return preparedLaunch(log, () -> {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                log.notice("could not start " + spec.argv().getFirst() + ": " + e.getMessage());
                log.close();
                throw new IOException("cannot start '" + spec.argv().getFirst() + "': " + rootMessage(e), e);
            }
            return new RunProcess(process.pid(), new ProcessTree(process.pid(), setsid.isPresent()), log,
                    process.getInputStream(), process.getErrorStream(), process.onExit().thenApply(Process::exitValue));
        });
    }

    private interface Spawn {
        SupervisedProcess spawn() throws IOException;
    }

    private static PreparedLaunch preparedLaunch(RunLog log, Spawn spawn) {
        return new PreparedLaunch() {
            @Override
            public SupervisedProcess start() throws IOException {
                return spawn.spawn();
            }

            @Override
            public void cancel() {
                log.close();
            }
        };
    }

    private static SupervisedProcess spawnNatively(PosixSpawn.Prepared prepared, LaunchSpec spec, RunLog log) throws IOException {
        PosixSpawn.Child child;
        try {
            child = prepared.start();
        } catch (IOException e) {
            log.notice("could not start " + spec.argv().getFirst() + ": " + e.getMessage());
            log.close();
            throw e;
        }
        java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return PosixSpawn.waitFor(child.pid());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, RunProcess.THREAD_POOL);
        return new RunProcess(child.pid(), new ProcessTree(child.pid(), true), log, child.stdout(), child.stderr(), exit);
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
