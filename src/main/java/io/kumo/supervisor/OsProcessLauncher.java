package io.kumo.supervisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts run processes with the operating system. On Unix each run becomes the leader of its own session
 * ({@code setsid}), so its whole tree, grandchildren behind shell wrappers included, can be found and stopped;
 * elsewhere the tree is found by walking descendants.
 */
public final class OsProcessLauncher implements ProcessLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(OsProcessLauncher.class);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(2);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Optional<Path> setsid;

    public OsProcessLauncher() {
        this(findSetsid());
    }

    OsProcessLauncher(Optional<Path> setsid) {
        this.setsid = setsid;
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
    public SupervisedProcess launch(LaunchSpec spec) throws IOException {
        if (!Files.isDirectory(spec.workDir())) {
            throw new IOException("working directory " + spec.workDir() + " does not exist");
        }
        Path program = ExecutableResolver.resolve(spec.argv().getFirst(), spec.environment().get("PATH"), spec.workDir());
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(program.toString());
        command.addAll(spec.argv().subList(1, spec.argv().size()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        RunLog log = new RunLog(spec.logFile(), spec.secrets(), spec.logCapBytes());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            log.notice("could not start " + spec.argv().getFirst() + ": " + e.getMessage());
            log.close();
            throw new IOException("cannot start '" + spec.argv().getFirst() + "': " + rootMessage(e), e);
        }
        return new OsProcess(process, new ProcessTree(process.pid(), setsid.isPresent()), log);
    }

    private static String rootMessage(IOException e) {
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf("error=");
        return detail >= 0 ? message.substring(detail) : String.valueOf(message);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }

    private static final class OsProcess implements SupervisedProcess {

        private final Process process;
        private final ProcessTree tree;
        private final RunLog log;
        private final ErrorSummary errors = new ErrorSummary();
        private final CompletableFuture<ProcessOutcome> outcome = new CompletableFuture<>();

        OsProcess(Process process, ProcessTree tree, RunLog log) {
            this.process = process;
            this.tree = tree;
            this.log = log;
            Thread out = pumpThread(new StreamPump(process.getInputStream(), line -> log.line(line, false), log::flush), "out");
            Thread err = pumpThread(new StreamPump(process.getErrorStream(), line -> {
                errors.addStderrLine(line);
                log.line(line, true);
            }, log::flush), "err");
            Thread.ofPlatform().daemon().name("kumo-run-" + process.pid() + "-wait").start(() -> awaitEnd(out, err));
        }

        private Thread pumpThread(StreamPump pump, String stream) {
            return Thread.ofPlatform().daemon().name("kumo-run-" + process.pid() + "-" + stream + "-" + THREADS.incrementAndGet())
                    .start(pump);
        }

        private void awaitEnd(Thread out, Thread err) {
            try {
                int exitCode = process.waitFor();
                int leftovers = 0;
                if (tree.isAlive()) {
                    // children that outlive the main process (a daemonised helper, a hung worker) end with the run
                    leftovers = tree.members().size();
                    log.notice(leftovers + " leftover process(es) of this run were still running after it exited; stopped them");
                    tree.terminate(LEFTOVER_GRACE);
                }
                out.join();
                err.join();
                IOException failure = log.failure();
                log.close();
                if (failure == null) {
                    failure = log.failure();
                }
                outcome.complete(new ProcessOutcome(exitCode, errors.summary(),
                        failure == null ? null : "the log could not be written: " + failure.getMessage(), leftovers));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome.completeExceptionally(e);
            } catch (RuntimeException e) {
                LOG.error("Supervising pid {} failed", process.pid(), e);
                outcome.completeExceptionally(e);
            }
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public ProcessTree tree() {
            return tree;
        }

        @Override
        public RunLog log() {
            return log;
        }

        @Override
        public CompletableFuture<ProcessOutcome> outcome() {
            return outcome;
        }
    }
}
