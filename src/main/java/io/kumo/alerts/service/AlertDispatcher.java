package io.kumo.alerts.service;

import io.kumo.alerts.AlertEvent;
import io.kumo.alerts.AlertRules;
import io.kumo.alerts.Backoff;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.HistoryFacts;
import io.kumo.alerts.RenderContext;
import io.kumo.alerts.RunFacts;
import io.kumo.alerts.Templates;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.EngineListener;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears every run change and hands alerts to the channels, off the engine's threads: the listener methods only offer a
 * snapshot to a bounded queue (never blocking; when it is full the alert is counted as dropped and the count goes in
 * the next digest). One "kumo-alerts" thread, started by the first alert, reads the facts, applies the rules, renders
 * and hands each message to its channel (quiet hours, storm guard, then the channel's lane).
 */
public final class AlertDispatcher implements EngineListener, WorkflowListener, AutoCloseable {

    public static final int INTAKE = 4096;
    /** Why a delivery left unfinished when Kumo stopped is FAILED. */
    public static final String UNFINISHED = "Kumo stopped before it was delivered";
    static final int LANE_BACKLOG = 200;
    static final int SEND_THREADS = 4;
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final Set<RunStatus> ALERTABLE = Set.of(RunStatus.SUCCESS, RunStatus.FAILED, RunStatus.TIMEOUT,
            RunStatus.INTERRUPTED, RunStatus.MISSED);
    private static final int SEEN = 4096;
    private static final Object STOP = new Object();

    private final Supplier<List<LiveChannel>> channels;
    private final AlertFacts facts;
    private final Clock clock;
    private final AlertTimers timers;
    private final DeliveryLanes lanes;
    private final ChannelGates gates;
    private final LongRunWatch longRuns;
    private final BlockingQueue<Object> intake = new ArrayBlockingQueue<>(INTAKE);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicInteger droppedSinceDigest = new AtomicInteger();
    private final AtomicLong lastDropWarning = new AtomicLong(Long.MIN_VALUE);
    private final Set<String> seenEnds = new LinkedHashSet<>();
    private volatile List<LiveChannel> live = List.of();
    private volatile boolean closed;
    private Thread worker;
    private String host;

    /**
     * @param channels the live channels (read again after each change: {@link #channelsChanged()})
     * @param sender   delivers one message (Kumo's {@code Senders})
     */
    public AlertDispatcher(Supplier<List<LiveChannel>> channels, DeliveryLog log, AlertFacts facts, ChannelSender sender, Clock clock) {
        this(channels, DeliveryJournal.of(log), facts, sender, clock, AlertTimers.onThread(clock));
    }

    AlertDispatcher(Supplier<List<LiveChannel>> channels, DeliveryJournal journal, AlertFacts facts, ChannelSender sender,
                    Clock clock, AlertTimers timers) {
        this.channels = channels;
        this.facts = facts;
        this.clock = clock;
        this.timers = timers;
        this.lanes = new DeliveryLanes(sender, journal, timers, clock, Backoff::next, SEND_THREADS, LANE_BACKLOG,
                droppedSinceDigest::incrementAndGet);
        this.gates = new ChannelGates(journal, lanes, timers, clock, this::context, () -> droppedSinceDigest.getAndSet(0));
        this.longRuns = new LongRunWatch(timers);
    }

    /** Reads the live channels again (after any channel or rule change, and once at start), on the caller's thread. */
    public void channelsChanged() {
        try {
            live = List.copyOf(channels.get());
            gates.keepOnly(live.stream().map(channel -> channel.view().id()).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the alert channels ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void runChanged(Run run) {
        if (live.isEmpty() || closed || run.isWorkflowStep() || run.getId() == null
                || (run.getStatus() != RunStatus.RUNNING && !ALERTABLE.contains(run.getStatus()))) {
            return;
        }
        offer(run.copy());
    }

    @Override
    public void workflowRunChanged(WorkflowRunRecord run) {
        if (live.isEmpty() || closed || !ALERTABLE.contains(run.status())) {
            return;
        }
        offer(run);
    }

    private void offer(Object snapshot) {
        if (intake.offer(snapshot)) {
            accepted.incrementAndGet();
            startWorker();
            return;
        }
        dropped.incrementAndGet();
        droppedSinceDigest.incrementAndGet();
        long minute = TimeUnit.NANOSECONDS.toMinutes(System.nanoTime());
        long last = lastDropWarning.get();
        if (last != minute && lastDropWarning.compareAndSet(last, minute)) {
            LOG.warn("Alerts come faster than they can be handled: {} dropped so far (counted in the next digest)", dropped.get());
        }
    }

    /** Snapshots taken for handling so far. */
    public long accepted() {
        return accepted.get();
    }

    /** Snapshots lost because the intake was full. */
    public long dropped() {
        return dropped.get();
    }

    private synchronized void startWorker() {
        if (worker == null && !closed) {
            worker = Thread.ofPlatform().daemon().name("kumo-alerts").start(this::work);
        }
    }

    private void work() {
        while (true) {
            Object next;
            try {
                next = intake.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == STOP) {
                return;
            }
            try {
                switch (next) {
                    case Run run -> handle(run);
                    case WorkflowRunRecord run -> handle(run);
                    default -> { }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not handle an alert ({})", e.getClass().getSimpleName());
            }
        }
    }

    private void handle(Run run) {
        List<LiveChannel> channels = live;
        if (run.getStatus() == RunStatus.RUNNING) {
            watchLongRun(run, channels);
            return;
        }
        longRuns.ended(run.getId());
        if (!firstEnd("run-" + run.getId()) || facts.retryFollows(run)) {
            return;
        }
        int logLines = channels.stream().mapToInt(channel -> channel.view().logLines()).max().orElse(0);
        RunFacts runFacts = facts.of(run, logLines);
        tell(channels, runFacts, facts.history(run));
    }

    private void handle(WorkflowRunRecord run) {
        if (firstEnd("workflow-" + run.id())) {
            tell(live, facts.of(run), facts.history(run));
        }
    }

    private void tell(List<LiveChannel> channels, RunFacts runFacts, HistoryFacts history) {
        for (LiveChannel channel : channels) {
            RunFacts told = withLogLines(runFacts, channel.view().logLines());
            for (AlertEvent event : AlertRules.decide(told, history, channel.view().rules())) {
                send(channel, event);
            }
        }
    }

    private void send(LiveChannel channel, AlertEvent event) {
        gates.deliver(channel, event, Templates.render(channel.view().template(), event, context()));
    }

    /** A run started: one timer per channel whose rule watches its long runs. */
    private void watchLongRun(Run run, List<LiveChannel> channels) {
        if (run.getStartedAt() == null) {
            return;
        }
        RunFacts runFacts = facts.of(run, 0);
        List<java.time.Duration> recent = null;
        for (LiveChannel channel : channels) {
            var rule = AlertRules.ruleFor(runFacts, channel.view().rules()).filter(found -> found.events().contains(EventKind.LONG_RUN));
            if (rule.isEmpty()) {
                continue;
            }
            if (recent == null) {
                recent = facts.recentSuccesses(run.getTaskId());
            }
            AlertRules.longRunThreshold(rule.get(), recent).ifPresent(threshold ->
                    longRuns.watch(run.getId(), run.getStartedAt().plus(threshold), () -> longRunCheck(run.getId(), channel, threshold)));
        }
    }

    private void longRunCheck(long runId, LiveChannel channel, Duration threshold) {
        try {
            facts.current(runId).filter(now -> now.getStatus() == RunStatus.RUNNING).ifPresent(running ->
                    send(channel, new AlertEvent(EventKind.LONG_RUN, withLogLines(facts.of(running, channel.view().logLines()),
                            channel.view().logLines()), threshold, 0)));
        } catch (RuntimeException e) {
            LOG.warn("Could not check a long run ({})", e.getClass().getSimpleName());
        }
    }

    private boolean firstEnd(String key) {
        if (!seenEnds.add(key)) {
            return false;
        }
        if (seenEnds.size() > SEEN) {
            seenEnds.remove(seenEnds.iterator().next());
        }
        return true;
    }

    private static RunFacts withLogLines(RunFacts facts, int lines) {
        List<String> tail = facts.logTail();
        if (tail.size() <= lines) {
            return facts;
        }
        return new RunFacts(facts.runId(), facts.workflowRunId(), facts.taskId(), facts.workflowId(), facts.projectId(),
                facts.name(), facts.projectName(), facts.status(), facts.exitCode(), facts.startedAt(), facts.endedAt(),
                facts.error(), facts.attempt(), facts.missedFires(), tail.subList(tail.size() - Math.max(0, lines), tail.size()),
                facts.failedSteps());
    }

    private RenderContext context() {
        if (host == null) {
            host = hostName();
        }
        return new RenderContext(host, clock.getZone(), clock.instant());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    /**
     * Takes no more alerts, lets the queued ones go for a short grace, marks what is left FAILED and ends its threads.
     * Call after the engine closed (its last run ends are heard) and before the store closes.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = worker;
        }
        if (running != null) {
            try {
                if (intake.offer(STOP, GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    running.join(GRACE.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.interrupt();
        }
        lanes.close(GRACE);
        timers.close();
    }
}
