package io.kumo.python;

import io.kumo.config.OwnerOnly;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a Python tool (the interpreter, pip, venv, conda) as a child process: streams its lines to a {@link ToolOutput}
 * and an optional log file, keeps its last lines for error messages, and kills its whole process tree when cancelled
 * or when it overruns its time limit.
 */
public final class ToolRunner {

    private static final int KEPT_LINES = 200;

    private final Map<String, String> baseEnvironment;

    /** @param baseEnvironment the environment every tool starts from (usually the user's own) */
    public ToolRunner(Map<String, String> baseEnvironment) {
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
        ProcessBuilder builder = new ProcessBuilder(invocation.argv());
        builder.environment().clear();
        builder.environment().putAll(baseEnvironment);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        builder.environment().put("PIP_NO_INPUT", "1");
        builder.environment().putAll(invocation.extraEnvironment());
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
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new ToolFailedException(program + " cannot be started: " + e.getMessage(), invocation.logFile());
            }
            closeQuietly(process);
            Runnable forget = cancellation.onCancel(() -> killTree(process));
            try {
                return await(process, invocation, output, log, cancellation);
            } finally {
                forget.run();
                killTree(process);
            }
        }
    }

    private static ToolResult await(Process process, Invocation invocation, ToolOutput output, LineLog log,
                                    Cancellation cancellation) {
        Deque<String> last = new ArrayDeque<>();
        Consumer<String> shown = line -> {
            synchronized (last) {
                last.addLast(line);
                if (last.size() > KEPT_LINES) {
                    last.removeFirst();
                }
            }
            log.write(line);
            output.line(line);
        };
        StringBuilder stdout = new StringBuilder();
        Thread errReader = Thread.ofVirtual().start(() -> readLines(process.getErrorStream(), shown));
        Thread outReader = Thread.ofVirtual().start(() -> readLines(process.getInputStream(),
                invocation.captureStdout() ? line -> stdout.append(line).append('\n') : shown));
        try {
            if (!waitForEnd(process, invocation.timeout())) {
                killTree(process);
                throw new ToolFailedException(invocation.argv().getFirst() + " did not finish within "
                        + invocation.timeout().toSeconds() + " s", invocation.logFile());
            }
            errReader.join();
            outReader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
            throw new Cancellation.CancelledException("interrupted");
        }
        if (cancellation.isCancelled()) {
            log.write("[kumo] cancelled");
            throw new Cancellation.CancelledException("cancelled");
        }
        List<String> lastLines;
        synchronized (last) {
            lastLines = List.copyOf(last);
        }
        log.write("[kumo] exit code " + process.exitValue());
        return new ToolResult(process.exitValue(), stdout.toString(), lastLines);
    }

    private static boolean waitForEnd(Process process, Duration timeout) throws InterruptedException {
        if (timeout == null) {
            process.waitFor();
            return true;
        }
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lines in UTF-8; bytes that are not valid UTF-8 become U+FFFD instead of breaking the read. */
    private static void readLines(InputStream stream, Consumer<String> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process was killed: its pipes close under the reader
        }
    }

    /** No tool reads its standard input here: a closed one makes any prompt fail instead of hanging. */
    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the process is already gone
        }
    }

    private static void killTree(Process process) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
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
