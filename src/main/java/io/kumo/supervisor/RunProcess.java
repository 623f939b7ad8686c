package io.kumo.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started run process, however it was spawned: drains its two pipes into the run log, and when it has exited
 * stops leftovers of its tree, waits for the pipes, closes the log and completes the outcome.
 */
final class RunProcess implements SupervisedProcess {

    private static final Logger LOG = LoggerFactory.getLogger(RunProcess.class);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(2);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Pipe readers and exit waiters are reused across runs: a busy schedule would otherwise create threads per run. */
    static final ExecutorService THREAD_POOL = Executors.newCachedThreadPool(
            runnable -> Thread.ofPlatform().daemon().name("kumo-pipe-" + THREADS.incrementAndGet()).unstarted(runnable));

    private final long pid;
    private final ProcessTree tree;
    private final RunLog log;
    private final ErrorSummary errors = new ErrorSummary();
    private final CompletableFuture<ProcessOutcome> outcome = new CompletableFuture<>();

    /** @param exitCode completes with the exit code, 128 + signal number when a signal ended it */
    RunProcess(long pid, ProcessTree tree, RunLog log, InputStream stdout, InputStream stderr, CompletableFuture<Integer> exitCode) {
        this.pid = pid;
        this.tree = tree;
        this.log = log;
        // one masking step per line, before anything keeps it: the log and the error summary see masked text only
        SecretMask.Pieces outLines = log.mask().pieces(line -> log.line(line, false));
        SecretMask.Pieces errLines = log.mask().pieces(line -> {
            errors.addStderrLine(line);
            log.line(line, true);
        });
        CompletableFuture<Void> out = CompletableFuture.runAsync(new StreamPump(stdout, outLines::accept, log::flush), THREAD_POOL);
        CompletableFuture<Void> err = CompletableFuture.runAsync(new StreamPump(stderr, errLines::accept, log::flush), THREAD_POOL);
        exitCode.whenCompleteAsync((code, error) -> ended(code, error, out, err), THREAD_POOL);
    }

    private void ended(Integer exitCode, Throwable error, CompletableFuture<Void> out, CompletableFuture<Void> err) {
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
            out.join();
            err.join();
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
    public CompletableFuture<ProcessOutcome> outcome() {
        return outcome;
    }
}
