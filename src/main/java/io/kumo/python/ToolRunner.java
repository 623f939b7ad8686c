package io.kumo.python;

import io.kumo.config.OwnerOnly;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.OutputTap;
import io.kumo.supervisor.SupervisedProcess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a Python tool (the interpreter, pip, venv, conda) as a child process on the supervisor's stack, as runs start:
 * its own session, both pipes drained, leftovers stopped when it exits. Streams its lines to a {@link ToolOutput} and
 * an optional log file, keeps its last lines for error messages, and stops its whole process tree (SIGTERM, then
 * SIGKILL after {@link #STOP_GRACE}) when cancelled or when it overruns its time limit.
 */
public final class ToolRunner {

    private static final int KEPT_LINES = 200;
    /** pip and conda clean up on SIGTERM within moments; what is left after this is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final OsProcessLauncher launcher;
    private final Map<String, String> baseEnvironment;

    /**
     * @param launcher        starts tools as it starts runs (own session, pipes drained, tree stopped)
     * @param baseEnvironment the environment every tool starts from (usually the user's own)
     */
    public ToolRunner(OsProcessLauncher launcher, Map<String, String> baseEnvironment) {
        this.launcher = launcher;
        this.baseEnvironment = Map.copyOf(baseEnvironment);
    }

    public Map<String, String> baseEnvironment() {
        return baseEnvironment;
    }

    /** A tool's invocation; {@code captureStdout} keeps standard output apart (JSON answers) instead of streaming it. */
    public record Invocation(List<String> argv, Map<String, String> extraEnvironment, Path logFile,
                             boolean captureStdout, Duration timeout) {

        public static Invocation streaming(List<String> argv, Map<String, String> env, Path logFile) {
            return new Invocation(argv, env, logFile, false, null);
        }

        public static Invocation capturing(List<String> argv, Map<String, String> env, Duration timeout) {
            return new Invocation(argv, env, null, true, timeout);
        }
    }

    /**
     * Runs the tool to its end.
     *
     * @throws Cancellation.CancelledException when cancelled (its processes are gone when this returns)
     * @throws ToolFailedException when it cannot be started or overruns its time limit
     */
    public ToolResult run(Invocation invocation, ToolOutput output, Cancellation cancellation) {
        String program = invocation.argv().getFirst();
        if (cancellation.isCancelled()) {
            throw new Cancellation.CancelledException("cancelled before " + program + " started");
        }
        try (LineLog log = LineLog.open(invocation.logFile())) {
            String commandLine = "$ " + String.join(" ", invocation.argv());
            log.write(commandLine);
            if (!invocation.captureStdout()) {
                output.line(commandLine);
            }
            Lines lines = new Lines(invocation.captureStdout(), log, output);
            SupervisedProcess process;
            try {
                process = launcher.launch(new LaunchSpec(invocation.argv(), Path.of("").toAbsolutePath(),
                        environment(invocation), null, List.of(), Long.MAX_VALUE), lines);
            } catch (IOException e) {
                throw new ToolFailedException(program + " cannot be started: " + e.getMessage(), invocation.logFile());
            }
            CompletableFuture<Void> cancelled = new CompletableFuture<>();
            Runnable forget = cancellation.onCancel(() -> cancelled.complete(null)); // the canceller never waits
            try {
                int exitCode = await(process, invocation, cancelled);
                if (cancellation.isCancelled()) {
                    log.write("[kumo] cancelled");
                    throw new Cancellation.CancelledException("cancelled");
                }
                log.write("[kumo] exit code " + exitCode);
                return new ToolResult(exitCode, lines.stdout(), lines.last());
            } finally {
                forget.run();
                if (process.tree().isAlive()) {
                    process.terminate(STOP_GRACE);
                }
            }
        }
    }

    private Map<String, String> environment(Invocation invocation) {
        Map<String, String> env = new LinkedHashMap<>(baseEnvironment);
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        env.put("PIP_NO_INPUT", "1");
        env.putAll(invocation.extraEnvironment());
        return env;
    }

    /** Waits for the end, the time limit or a cancel; stops the tree on the last two. Returns the exit code. */
    private static int await(SupervisedProcess process, Invocation invocation, CompletableFuture<Void> cancelled) {
        try {
            CompletableFuture<Object> ended = CompletableFuture.anyOf(process.exited(), cancelled);
            try {
                if (invocation.timeout() == null) {
                    ended.get();
                } else {
                    ended.get(invocation.timeout().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (TimeoutException e) {
                process.terminate(STOP_GRACE);
                throw new ToolFailedException(invocation.argv().getFirst() + " did not finish within "
                        + invocation.timeout().toSeconds() + " s", invocation.logFile());
            }
            if (cancelled.isDone()) {
                process.terminate(STOP_GRACE);
            }
            return process.outcome().get().exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.terminate(STOP_GRACE);
            throw new Cancellation.CancelledException("interrupted");
        } catch (ExecutionException e) {
            throw new ToolFailedException(invocation.argv().getFirst() + " could not be supervised: "
                    + e.getCause().getMessage(), invocation.logFile());
        }
    }

    /** Where the tool's lines go: shown and logged, the last ones kept; standard output kept apart when captured. */
    private static final class Lines implements OutputTap {
        private final boolean captureStdout;
        private final LineLog log;
        private final ToolOutput output;
        private final Deque<String> last = new ArrayDeque<>();
        private final StringBuilder stdout = new StringBuilder();

        Lines(boolean captureStdout, LineLog log, ToolOutput output) {
            this.captureStdout = captureStdout;
            this.log = log;
            this.output = output;
        }

        @Override
        public void accept(String text, boolean continues, boolean stderr) {
            if (captureStdout && !stderr) {
                synchronized (stdout) {
                    stdout.append(text);
                    if (!continues) {
                        stdout.append('\n'); // a cut line is joined again: a long JSON answer stays one line
                    }
                }
                return;
            }
            synchronized (last) {
                last.addLast(text);
                if (last.size() > KEPT_LINES) {
                    last.removeFirst();
                }
            }
            log.write(text);
            output.line(text);
        }

        String stdout() {
            synchronized (stdout) {
                return stdout.toString();
            }
        }

        List<String> last() {
            synchronized (last) {
                return List.copyOf(last);
            }
        }
    }

    /** The operation's log file, written as lines arrive; a failing disk stops the log, not the operation. */
    private static final class LineLog implements AutoCloseable {
        private final BufferedWriter writer;
        private boolean failed;

        private LineLog(BufferedWriter writer) {
            this.writer = writer;
        }

        static LineLog open(Path file) {
            if (file == null) {
                return new LineLog(null);
            }
            try {
                OwnerOnly.createDirectories(file.getParent());
                return new LineLog(new java.io.BufferedWriter(new java.io.OutputStreamWriter(OwnerOnly.newOutputStream(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the install log " + file + ": " + e.getMessage(), e);
            }
        }

        synchronized void write(String line) {
            if (writer == null || failed) {
                return;
            }
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public synchronized void close() {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    // already reported through 'failed' or nothing left to lose
                }
            }
        }
    }
}
