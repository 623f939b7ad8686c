package io.kumo.git;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the projects whose policy is SCHEDULE once their interval has passed: a pass every half minute while the
 * instance's engine runs. A pass that fails is logged and the next one comes anyway.
 */
public final class GitPullSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GitPullSchedule.class);
    private static final long PASS_SECONDS = 30;

    private final GitProjects git;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public GitPullSchedule(GitProjects git, Clock clock) {
        this.git = git;
        this.clock = clock;
    }

    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kumo-git-pulls").factory());
            timer.scheduleWithFixedDelay(this::passQuietly, PASS_SECONDS, PASS_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Pulls every project due now; how many were pulled (whatever the outcome). */
    public int pass() {
        int pulled = 0;
        for (var project : git.dueForPull(clock.instant())) {
            try {
                PullResult result = git.pull(project);
                if (!result.ok()) {
                    LOG.warn("Scheduled pull of project '{}': {}", project.getName(), result.message());
                }
            } catch (RuntimeException e) {
                LOG.warn("Scheduled pull of project '{}' failed: {}", project.getName(), io.kumo.domain.GitUrls.scrub(String.valueOf(e.getMessage())));
            }
            pulled++;
        }
        return pulled;
    }

    private void passQuietly() {
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.warn("A pass of scheduled Git pulls failed; the next one comes in {} s", PASS_SECONDS, e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
