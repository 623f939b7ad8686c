package io.kumo.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started run process, however it was spawned: drains its two pipes into the run log, and when the main process has
 * exited stops leftovers of its tree, waits for the pipes, closes the log and completes the outcome.
 *
 * <p>The run ends with its main process. A process that left the run's session ({@code setsid}) but kept its stdout
 * or stderr would hold the pipes open for its whole life; so after the main process exited and the leftovers were
 * stopped, the pipes get {@link #DRAIN_BOUND} to reach their end, then Kumo stops reading them, says so in the log,
 * and stops those holders like any leftover.
 */
final class RunProcess implements SupervisedProcess {

    private static final Logger LOG = LoggerFactory.getLogger(RunProcess.class);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(2);
    /** How long the output may still flow after the main process and its session are gone. */
    static final Duration DRAIN_BOUND = Duration.ofSeconds(1);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Pipe readers and exit waiters are reused across runs: a busy schedule would otherwise create threads per run. */
    static final ExecutorService THREAD_POOL = Executors.newCachedThreadPool(
            runnable -> Thread.ofPlatform().daemon().name("kumo-pipe-" + THREADS.incrementAndGet()).unstarted(runnable));

    private final long pid;
    private final ProcessTree tree;
    private final RunLog log;
    private final InputStream stdout;
    private final InputStream stderr;
    private final Set<String> pipes;
    private final CompletableFuture<Integer> exited;
    private final ErrorSummary errors = new ErrorSummary();
    private final CompletableFuture<ProcessOutcome> outcome = new CompletableFuture<>();

    /**
     * @param exitCode completes with the exit code, 128 + signal number when a signal ended it
     * @param pipes    the stdout and stderr pipes as {@code /proc/PID/fd} names them; empty where unknown
     * @param tap      gets every masked line as the log does
     */
    RunProcess(long pid, ProcessTree tree, RunLog log, InputStream stdout, InputStream stderr, Set<String> pipes,
            CompletableFuture<Integer> exitCode, OutputTap tap) {
        this.pid = pid;
        this.tree = tree;
        this.log = log;
        this.stdout = stdout;
        this.stderr = stderr;
        this.pipes = pipes;
        this.exited = exitCode;
        CompletableFuture<Void> out = CompletableFuture.runAsync(
                new StreamPump(stdout, new OutputLines(log, false, null, tap), log::flush), THREAD_POOL);
        CompletableFuture<Void> err = CompletableFuture.runAsync(
                new StreamPump(stderr, new OutputLines(log, true, errors, tap), log::flush), THREAD_POOL);
        exitCode.whenCompleteAsync((code, error) -> ended(code, error, CompletableFuture.allOf(out, err)), THREAD_POOL);
    }

    private void ended(Integer exitCode, Throwable error, CompletableFuture<Void> pumps) {
        try {
            if (error != null) {
                throw new IllegalStateException("waiting for pid " + pid + " failed", error);
            }
            int leftovers = 0;
            if (tree.isAlive()) {
                // children that outlive the main process (a daemonised helper, a hung worker) end with the run
                leftovers = Math.max(1, tree.members().size());
                log.notice(leftovers + " leftover process(es) of this run were still running after it exited; stopped them");
                tree.terminate(LEFTOVER_GRACE);
            }
            if (!finished(pumps, DRAIN_BOUND)) {
                leftovers += abandonOutput();
                finished(pumps, DRAIN_BOUND); // a closed channel ends its reader at once; a plain stream may not
            }
            log.close();
            IOException failure = log.failure();
            outcome.complete(new ProcessOutcome(exitCode, errors.summary(),
                    failure == null ? null : "the log could not be written: " + failure.getMessage(), leftovers));
        } catch (RuntimeException e) {
            LOG.error("Supervising pid {} failed", pid, e);
            log.close();
            outcome.completeExceptionally(e);
        }
    }

    /**
     * Stops reading pipes that processes outside the run's session still hold, names those processes in the log and
     * stops them. Returns how many were found.
     */
    private int abandonOutput() {
        List<ProcessHandle> holders = ProcTable.holders(pipes);
        closeQuietly(stdout);
        closeQuietly(stderr);
        if (holders.isEmpty()) {
            log.notice("output of processes that left the run's session is not captured: they still hold its output "
                    + "after pid " + pid + " exited");
            return 0;
        }
        log.notice("output of " + holders.size() + " process(es) that left the run's session (" + describe(holders)
                + ") is not captured; stopping them");
        return StrayProcesses.stop(() -> holders, LEFTOVER_GRACE);
    }

    private static String describe(List<ProcessHandle> processes) {
        return processes.stream()
                .map(handle -> "pid " + handle.pid() + handle.info().command()
                        .map(command -> " " + java.nio.file.Path.of(command).getFileName()).orElse(""))
                .collect(Collectors.joining(", "));
    }

    private static boolean finished(CompletableFuture<Void> pumps, Duration bound) {
        try {
            pumps.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // a pump that failed is done too; what it read is in the log
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public long pid() {
        return pid;
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
    public CompletableFuture<Integer> exited() {
        return exited.copy();
    }

    @Override
    public CompletableFuture<ProcessOutcome> outcome() {
        return outcome;
    }
}
