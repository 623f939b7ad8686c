package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The engine with real python3 children and a settable clock. */
@DisabledOnOs(OS.WINDOWS)
class EngineSchedulingTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final String QUICK = "python3 -c \"print('hello from run')\"";
    static final String SLOW = "python3 -c \"import time; time.sleep(60)\"";

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void cronTaskFiresAtItsInstantAndRecordsTheWholeRun() throws Exception {
        Task task = kumo.cronTask("report", "*/5 * * * *", QUICK);
        kumo.engine.prepare();
        assertThat(kumo.engine.nextFire(task.getId())).contains(Instant.parse("2026-05-04T10:05:00Z"));

        kumo.tickAt(Instant.parse("2026-05-04T10:04:59.800Z")); // just before the lead time
        assertThat(kumo.runsOf(task)).isEmpty();
        kumo.tickAt(Instant.parse("2026-05-04T10:05:00Z"));

        Run run = kumo.awaitStatus(task, RunStatus.SUCCESS);
        assertThat(run.getTriggerKind()).isEqualTo(TriggerKind.CRON);
        assertThat(run.getScheduledFor()).isEqualTo(Instant.parse("2026-05-04T10:05:00Z"));
        assertThat(run.getQueuedAt()).isNotNull();
        assertThat(run.getStartedAt()).isNotNull();
        assertThat(run.getEndedAt()).isNotNull();
        assertThat(run.getExitCode()).isZero();
        assertThat(run.getPid()).isPositive();
        assertThat(run.getAttempt()).isEqualTo(1);
        assertThat(Files.readString(Path.of(run.getLogPath()))).contains("hello from run");
        assertThat(kumo.core.tasks().findById(task.getId()).orElseThrow().getLastFiredAt()).isEqualTo(run.getScheduledFor());
        assertThat(kumo.engine.nextFire(task.getId())).contains(Instant.parse("2026-05-04T10:10:00Z"));
    }

    @Test
    void aFireIsNeverRecordedTwice() {
        Task task = kumo.cronTask("once-only", "0 11 * * *", QUICK);
        Instant at = Instant.parse("2026-05-04T11:00:00Z");
        assertThat(kumo.engine.runs().recordFire(task, TriggerKind.CRON, at, RunStatus.QUEUED, at, null)).isPresent();
        assertThat(kumo.engine.runs().recordFire(task, TriggerKind.CRON, at, RunStatus.QUEUED, at, null)).isEmpty();
    }

    @Test
    void failingRunKeepsTheTracebacksLastLineAsItsError() {
        Task task = kumo.cronTask("broken", "* * * * *", "python3 -c \"raise KeyError('customer_id')\"");
        kumo.engine.prepare();
        kumo.tickAt(Instant.parse("2026-05-04T10:03:00Z"));
        Run run = kumo.awaitStatus(task, RunStatus.FAILED);
        assertThat(run.getExitCode()).isEqualTo(1);
        assertThat(run.getError()).isEqualTo("KeyError: 'customer_id'");
    }

    @Test
    void missingInterpreterFailsTheRunWithAClearMessage() {
        Task task = kumo.cronTask("no-python", "* * * * *", "python3.99 main.py");
        kumo.engine.prepare();
        kumo.tickAt(Instant.parse("2026-05-04T10:03:00Z"));
        Run run = kumo.awaitStatus(task, RunStatus.FAILED);
        assertThat(run.getError()).contains("cannot start 'python3.99': not found on PATH");
    }

    @Test
    void overlapSkipRecordsWhyTheFireWasSkipped() {
        Task task = kumo.intervalTask("slow", Duration.ofMinutes(1), SLOW);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(60));
        Run first = kumo.awaitStatus(task, RunStatus.RUNNING);
        kumo.tickAt(T0.plusSeconds(120));

        Run skipped = kumo.awaitStatus(task, RunStatus.SKIPPED);
        assertThat(skipped.getError()).contains("run #" + first.getId() + " of this task was still running");
        kumo.engine.stop(first.getId());
        assertThat(kumo.awaitStatus(task, RunStatus.STOPPED).getId()).isEqualTo(first.getId());
    }

    @Test
    void stopDuringTheLeadTimeCancelsTheLaunch() throws Exception {
        kumo.close();
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        OsProcessLauncher os = new OsProcessLauncher();
        ProcessLauncher heldWhilePreparing = spec -> { // the stop lands in the lead time however slow this machine is
            preparing.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return os.prepare(spec);
        };
        kumo = new EngineFixture(dir, T0, heldWhilePreparing);
        Task task = kumo.cronTask("early-stop", "0 11 * * *", SLOW);
        kumo.engine.prepare();
        kumo.tickAt(Instant.parse("2026-05-04T10:59:59.910Z")); // handed over, spawns in 90 ms
        assertThat(preparing.await(30, TimeUnit.SECONDS)).isTrue();
        Run queued = kumo.runsOf(task).getFirst();
        assertThat(queued.getStatus()).isEqualTo(RunStatus.QUEUED);

        assertThat(kumo.engine.stop(queued.getId())).isTrue();
        stopped.countDown();

        Run ended = kumo.awaitStatus(task, RunStatus.STOPPED);
        assertThat(ended.getError()).isEqualTo("stopped before it started");
        assertThat(ended.getPid()).isNull();
    }

    @Test
    void overlapQueueRunsTheNextFireAfterThePreviousEnds() {
        Task task = kumo.intervalTask("queued", Duration.ofMinutes(1), "python3 -c \"import time; time.sleep(1.5)\"");
        task.setOverlapPolicy(OverlapPolicy.QUEUE);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(60));
        kumo.awaitStatus(task, RunStatus.RUNNING);
        kumo.tickAt(T0.plusSeconds(120));
        kumo.tickAt(T0.plusSeconds(180)); // a third fire while one waits: skipped

        kumo.awaitEnded(task, 3);
        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).extracting(Run::getStatus).containsExactly(RunStatus.SUCCESS, RunStatus.SUCCESS, RunStatus.SKIPPED);
        assertThat(runs.get(2).getError()).contains("already waiting");
    }

    @Test
    void concurrencyLimitStartsWaitingRunsByPriorityThenTime() {
        kumo.core.settings().set(Settings.MAX_CONCURRENT_RUNS, 1);
        Task blocker = kumo.intervalTask("blocker", Duration.ofMinutes(1), "python3 -c \"import time; time.sleep(1)\"");
        Task low = kumo.intervalTask("low", Duration.ofMinutes(1), QUICK);
        Task normal = kumo.intervalTask("normal", Duration.ofMinutes(1), QUICK);
        Task high = kumo.intervalTask("high", Duration.ofMinutes(1), QUICK);
        setPriority(blocker, 2);
        setPriority(low, 0);
        setPriority(high, 2);
        List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        kumo.engine.addListener(run -> {
            if (run.getStatus() == RunStatus.RUNNING) {
                started.add(run.getTaskName());
            }
        });
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(60));

        kumo.awaitStatus(low, RunStatus.SUCCESS);
        assertThat(started).containsExactly("blocker", "high", "normal", "low");
        assertThat(kumo.runsOf(low).getFirst().getQueuedAt()).isEqualTo(T0.plusSeconds(60));
    }

    private void setPriority(Task task, int priority) {
        task.setPriority(priority);
        kumo.core.tasks().update(task);
    }

    @Test
    void timeoutStopsTheTreeAndTheRetryIsItsOwnRunLinkedToTheFirst() {
        Task task = kumo.intervalTask("hangs", Duration.ofHours(1), SLOW);
        task.setTimeoutSeconds(1L);
        task.setRetries(1);
        task.setRetryDelaySeconds(30);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(3600));

        Run timedOut = kumo.awaitStatus(task, RunStatus.TIMEOUT);
        assertThat(timedOut.getError()).isEqualTo("timed out after 1s");
        assertThat(EngineFixture.alive(timedOut.getPid())).isFalse();
        Run retry = kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getTriggerKind() == TriggerKind.RETRY, "retry");
        assertThat(retry.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(retry.getAttempt()).isEqualTo(2);
        assertThat(retry.getFirstRunId()).isEqualTo(timedOut.getId());
        assertThat(retry.getScheduledFor()).isEqualTo(timedOut.getEndedAt().plusSeconds(30));

        kumo.clock.set(retry.getScheduledFor());
        // tick on every poll, as the timer thread would: the retry's timer is armed just after its row is visible
        Run second = kumo.awaitRun(() -> {
                    kumo.engine.scheduler().tick();
                    return kumo.runsOf(task);
                },
                run -> run.getId().equals(retry.getId()) && run.getStatus() == RunStatus.TIMEOUT, "retry timed out");
        assertThat(second.getAttempt()).isEqualTo(2);
        EngineFixture.sleep(300);
        assertThat(kumo.runsOf(task)).hasSize(2); // no third attempt: retries = 1
    }

    @Test
    void daemonThatLeftTheRunsSessionNeitherKeepsTheRunRunningNorTimesItOut() {
        // the tester's task: the daemon (setsid) keeps the run's stdout open for 300 s; the main shell exits at once
        Task task = kumo.intervalTask("daemon", Duration.ofMinutes(1),
                "setsid sleep 300 & while [ \"$(cut -d' ' -f6 /proc/$!/stat)\" != \"$!\" ]; do sleep 0.05; done; echo started");
        task.setUseShell(true);
        task.setTimeoutSeconds(1L); // shorter than the drain after the main process exited: only the main process counts
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(60));

        Run first = kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getStatus().isTerminal(), "the first run's end");
        assertThat(first.getStatus()).as(first.getError()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.getExitCode()).isZero();
        kumo.tickAt(T0.plusSeconds(120));

        Run second = kumo.awaitRun(() -> kumo.runsOf(task), run -> !run.getId().equals(first.getId()) && run.getStatus().isTerminal(),
                "the second run's end");
        assertThat(second.getStatus()).as("overlap skip: nothing of the first run is still going").isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void exponentialBackoffDoublesTheDelayEachAttempt() {
        Task task = new Task("t", "x");
        task.setRetryDelaySeconds(30);
        task.setRetryBackoff(io.kumo.domain.RetryBackoff.EXPONENTIAL);
        assertThat(Engine.retryDelay(task, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Engine.retryDelay(task, 2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Engine.retryDelay(task, 4)).isEqualTo(Duration.ofSeconds(240));
        task.setRetryBackoff(io.kumo.domain.RetryBackoff.FIXED);
        assertThat(Engine.retryDelay(task, 4)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void misfireOnceRunsOneCatchUpAndRecordsTheRestAsMissed() {
        Task task = hourlyTaskLastFiredThreeHoursAgo(MisfirePolicy.ONCE);
        kumo.engine.prepare();
        kumo.tickAt(T0);

        kumo.awaitStatus(task, RunStatus.SUCCESS);
        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).extracting(Run::getStatus).containsExactly(RunStatus.MISSED, RunStatus.SUCCESS);
        assertThat(runs.getFirst().getMissedFires()).isEqualTo(2);
        assertThat(runs.getFirst().getError()).startsWith("missed 2 fires between 08:00:00 and 09:00:00");
        assertThat(runs.getLast().getTriggerKind()).isEqualTo(TriggerKind.CATCHUP);
        assertThat(runs.getLast().getScheduledFor()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
        assertThat(kumo.engine.nextFire(task.getId())).contains(Instant.parse("2026-05-04T11:00:00Z"));
    }

    @Test
    void misfireSkipRecordsTheMissedFiresAsOneEntryAndRunsNothing() {
        Task task = hourlyTaskLastFiredThreeHoursAgo(MisfirePolicy.SKIP);
        kumo.engine.prepare();
        kumo.tickAt(T0);
        assertThat(kumo.runsOf(task)).extracting(Run::getStatus).containsExactly(RunStatus.MISSED);
        Run missed = kumo.runsOf(task).getFirst();
        assertThat(missed.getError()).startsWith("missed 3 fires between 08:00:00 and 10:00:00 (Kumo was not running");
        assertThat(missed.getMissedFires()).isEqualTo(3);
        assertThat(missed.getScheduledFor()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
        assertThat(missed.getMissedUntil()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
    }

    @Test
    void misfireAllCatchesUpEveryMissedFire() {
        Task task = hourlyTaskLastFiredThreeHoursAgo(MisfirePolicy.ALL);
        task.setOverlapPolicy(OverlapPolicy.ALLOW);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(T0);
        kumo.awaitEnded(task, 3);
        assertThat(kumo.runsOf(task)).extracting(Run::getTriggerKind).containsOnly(TriggerKind.CATCHUP);
        assertThat(kumo.runsOf(task)).extracting(Run::getScheduledFor).containsExactly(
                Instant.parse("2026-05-04T08:00:00Z"), Instant.parse("2026-05-04T09:00:00Z"), Instant.parse("2026-05-04T10:00:00Z"));
    }

    @Test
    void aClockJumpAfterSleepIsAMisfireToo() {
        Task task = kumo.cronTask("every-minute", "* * * * *", QUICK);
        task.setMisfirePolicy(MisfirePolicy.SKIP);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(Instant.parse("2026-05-04T12:00:30Z")); // the machine slept from 10:02 to 12:00:30
        assertThat(kumo.runsOf(task)).hasSize(1);
        assertThat(kumo.runsOf(task).getFirst().getStatus()).isEqualTo(RunStatus.MISSED);
        assertThat(kumo.runsOf(task).getFirst().getError()).startsWith("missed 118 fires between 10:03:00 and 12:00:00");
        assertThat(kumo.engine.nextFire(task.getId())).contains(Instant.parse("2026-05-04T12:01:00Z"));
    }

    private Task hourlyTaskLastFiredThreeHoursAgo(MisfirePolicy policy) {
        Task task = kumo.cronTask("hourly", "0 * * * *", QUICK);
        task.setMisfirePolicy(policy);
        task.setLastFiredAt(Instant.parse("2026-05-04T07:00:00Z"));
        kumo.core.tasks().update(task);
        return task;
    }

    @Test
    void pausedTaskDoesNotFireAndResumeSchedulesFromNow() {
        Task task = kumo.cronTask("pausable", "* * * * *", QUICK);
        kumo.engine.prepare();
        kumo.core.taskService().pause(task.getId());
        kumo.tickAt(Instant.parse("2026-05-04T10:05:00Z"));
        assertThat(kumo.runsOf(task)).isEmpty();
        kumo.core.taskService().resume(task.getId());
        assertThat(kumo.engine.nextFire(task.getId())).contains(Instant.parse("2026-05-04T10:06:00Z"));
        assertThat(kumo.core.audit().latest(2)).extracting(e -> e.action()).containsExactly("RESUME", "PAUSE");
    }

    @Test
    void pausedSchedulerFiresNothingUntilResumed() {
        Task task = kumo.cronTask("global", "* * * * *", QUICK);
        kumo.engine.prepare();
        kumo.engine.setSchedulingPaused(true);
        assertThat(kumo.core.engineStatus().state().get()).isEqualTo(EngineState.PAUSED);
        kumo.tickAt(Instant.parse("2026-05-04T10:05:00Z"));
        assertThat(kumo.runsOf(task)).isEmpty();
        kumo.engine.setSchedulingPaused(false);
        kumo.tickAt(Instant.parse("2026-05-04T10:06:00Z"));
        assertThat(kumo.awaitStatus(task, RunStatus.SUCCESS).getScheduledFor()).isEqualTo(Instant.parse("2026-05-04T10:06:00Z"));
    }

    @Test
    void runNowIsAuditedAndRecordedAsManual() {
        Task task = kumo.intervalTask("manual", Duration.ofDays(1), QUICK);
        kumo.engine.prepare();
        Run run = kumo.engine.runNow(task);
        assertThat(run.getTriggerKind()).isEqualTo(TriggerKind.MANUAL);
        kumo.awaitStatus(task, RunStatus.SUCCESS);
        assertThat(kumo.core.audit().latest(1).getFirst().action()).isEqualTo("RUN");
    }

    @Test
    void aTasksOwnVariablesCannotReplaceTheMarksThatTellItsRunApart() throws Exception {
        Task task = kumo.intervalTask("marks", Duration.ofDays(1),
                "python3 -c \"import os; print('RUN=' + os.environ['KUMO_RUN_ID'], 'TASK=' + os.environ['KUMO_TASK_ID'])\"");
        task.setEnvironmentVariables("{\"KUMO_RUN_ID\":\"999999\",\"KUMO_TASK_ID\":\"-5\"}");
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        Run run = kumo.engine.runNow(task);
        kumo.awaitStatus(task, RunStatus.SUCCESS);

        assertThat(Files.readString(Path.of(kumo.runsOf(task).getFirst().getLogPath())))
                .contains("RUN=" + run.getId() + " TASK=" + task.getId());
    }

    @Test
    void injectedEnvironmentReachesTheRunAndSecretsAreMasked() throws Exception {
        kumo.core.settings().set(Settings.HTTPS_PROXY, "http://proxy.corp.test:3128");
        kumo.core.settings().set(Settings.NO_PROXY, "localhost,.corp.test");
        kumo.core.variableService().set("SHARED_URL", "https://example.test", false, null);
        kumo.core.variableService().set("API_TOKEN", "tok-123-secret", true, null);
        kumo.core.mirrors().add("https://pypi.corp.test/simple/", null, false);
        kumo.core.mirrors().add("https://extra.corp.test/simple/", null, true);
        Task task = kumo.intervalTask("env", Duration.ofDays(1), "python3 -c \"import os; print(*[k + '=' + os.environ.get(k, '-') for k in "
                + "['SHARED_URL','API_TOKEN','https_proxy','NO_PROXY','HTTP_PROXY','PIP_INDEX_URL','PIP_EXTRA_INDEX_URL','PIP_TRUSTED_HOST','KUMO_TASK_NAME','KUMO_TASK_ID','KUMO_RUN_ID','PYTHONUNBUFFERED','PYTHONIOENCODING','OUTPUT_DIR','MINE']], sep='\\n')\"");
        task.setEnvironmentVariables("{\"MINE\":\"task-level\",\"SHARED_URL\":\"overridden\"}");
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        Run run = kumo.engine.runNow(task);
        kumo.awaitStatus(task, RunStatus.SUCCESS);

        String log = Files.readString(Path.of(kumo.runsOf(task).getFirst().getLogPath()));
        assertThat(log).contains("SHARED_URL=overridden", "API_TOKEN=******", "KUMO_TASK_NAME=env",
                "KUMO_TASK_ID=" + task.getId(), "KUMO_RUN_ID=" + run.getId(), "PYTHONUNBUFFERED=1", "PYTHONIOENCODING=utf-8",
                "MINE=task-level", "OUTPUT_DIR=" + dir.resolve("output/env"), "https_proxy=http://proxy.corp.test:3128",
                "NO_PROXY=localhost,.corp.test", "PIP_INDEX_URL=https://pypi.corp.test/simple/",
                "PIP_EXTRA_INDEX_URL=https://extra.corp.test/simple/", "PIP_TRUSTED_HOST=extra.corp.test");
        if (System.getenv("HTTP_PROXY") == null) {
            assertThat(log).contains("HTTP_PROXY=-"); // an empty setting injects nothing
        }
        assertThat(log).doesNotContain("tok-123-secret");
    }

    @Test
    void shutdownStopsRunningTreesAndLeavesNothingRunning() {
        Task task = kumo.intervalTask("long", Duration.ofHours(1), SLOW);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(3600));
        Run running = kumo.awaitStatus(task, RunStatus.RUNNING);

        kumo.engine.close();

        Run ended = kumo.engine.runs().find(running.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(ended.getError()).isEqualTo("Kumo was shut down during the run");
        assertThat(EngineFixture.alive(running.getPid())).isFalse();
        kumo.assertNothingRunning();
    }

    @Test
    void runsLeftRunningByACrashedKumoAreResolvedAtStart() throws Exception {
        Task task = kumo.intervalTask("orphan", Duration.ofHours(1), SLOW);
        Process survivor = new ProcessBuilder("setsid", "python3", "-c", "import time; time.sleep(600)").start();
        awaitOwnSession(survivor); // setsid makes the session just after the start: recovery finds a run by its session
        Run stale = kumo.engine.runs().recordFire(task, TriggerKind.INTERVAL, T0, RunStatus.QUEUED, T0, null).orElseThrow();
        stale.setStatus(RunStatus.RUNNING);
        stale.setPid(survivor.pid());
        stale.setStartedAt(Instant.now());
        kumo.engine.runs().update(stale);
        Run gone = kumo.engine.runs().recordFire(task, TriggerKind.INTERVAL, T0.minusSeconds(3600), RunStatus.QUEUED, T0, null).orElseThrow();
        gone.setStatus(RunStatus.RUNNING);
        gone.setPid(999_999_999L);
        kumo.engine.runs().update(gone);

        kumo.engine.prepare();

        assertThat(survivor.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Run killed = kumo.engine.runs().find(stale.getId()).orElseThrow();
        assertThat(killed.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(killed.getError()).contains("were stopped at the next start");
        Run unknown = kumo.engine.runs().find(gone.getId()).orElseThrow();
        assertThat(unknown.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(unknown.getError()).contains("outcome is unknown");
    }

    /** Waits until {@code process} leads its own session (field 6 of /proc/PID/stat is the session id). */
    private static void awaitOwnSession(Process process) throws Exception {
        java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + process.pid() + "/stat");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String line = java.nio.file.Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            if (Long.parseLong(fields[3]) == process.pid()) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("pid " + process.pid() + " did not get its own session");
    }

    @Test
    void rebootTaskRunsWhenTheEngineStarts() {
        Task task = kumo.cronTask("at-start", "@reboot", QUICK);
        kumo.engine.prepare();
        Run run = kumo.awaitStatus(task, RunStatus.SUCCESS);
        assertThat(run.getTriggerKind()).isEqualTo(TriggerKind.CRON);
        assertThat(kumo.engine.nextFire(task.getId())).isEmpty();
    }

    @Test
    void peakCpuAndMemoryOfTheTreeAreSampled() {
        Task task = kumo.intervalTask("busy", Duration.ofDays(1), "python3 -c \"import time\nb = bytearray(80 * 1024 * 1024)\n"
                + "end = time.time() + 2.5\nwhile time.time() < end: pass\"");
        kumo.engine.start();
        kumo.engine.runNow(task);
        Run run = kumo.awaitStatus(task, RunStatus.SUCCESS);
        assertThat(run.getPeakCpu()).isGreaterThan(20.0);
        assertThat(run.getPeakRss()).isGreaterThan(80L * 1024 * 1024);
        assertThat(ResourceSeries.decode(run.getSamples())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aFloodingRunDoesNotHoldUpAnotherRun() throws Exception {
        Task flood = kumo.intervalTask("flood", Duration.ofDays(1),
                "python3 -c \"import sys\nfor i in range(3000000): sys.stdout.write('x' * 60 + '\\n')\"");
        Task quick = kumo.intervalTask("quick", Duration.ofDays(1), QUICK);
        kumo.engine.prepare();
        kumo.engine.runNow(flood);
        kumo.awaitStatus(flood, RunStatus.RUNNING);
        long begin = System.nanoTime();
        kumo.engine.runNow(quick);
        kumo.awaitStatus(quick, RunStatus.SUCCESS);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        Run flooded = kumo.awaitStatus(flood, RunStatus.SUCCESS);
        assertThat(Files.size(Path.of(flooded.getLogPath()))).isLessThan(55L * 1024 * 1024);
        assertThat(Files.readString(Path.of(flooded.getLogPath())).lines().filter(l -> l.startsWith("[kumo]"))
                .anyMatch(l -> l.contains("left out here"))).isTrue();
    }
}
