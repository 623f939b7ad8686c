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
    /**
     * The errors the engine and the workflow engine give a run Kumo's own shutdown interrupted ({@code RunDispatcher},
     * {@code WorkflowEngine}): quitting Kumo is not an outcome to alert about.
     */
    static final Set<String> SHUTDOWN_ERRORS = Set.of("Kumo was shut down during the run", "Kumo was shut down during this run");
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
    private final ClosableJournal journal;
    private final AtomicLong lastDropWarning = new AtomicLong(Long.MIN_VALUE);
    private final Set<String> seenEnds = new LinkedHashSet<>();
    private volatile List<LiveChannel> live = List.of();
    private volatile boolean watchesLongRuns;
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
        this.journal = ClosableJournal.over(journal);
        this.facts = facts;
        this.clock = clock;
        this.timers = timers;
        this.lanes = new DeliveryLanes(sender, this.journal, timers, clock, Backoff::next, SEND_THREADS, LANE_BACKLOG,
                channelId -> gates().lost(channelId, 1));
        this.gates = new ChannelGates(this.journal, lanes, timers, clock, this::context);
        this.longRuns = new LongRunWatch(timers);
    }

    /** Reads the live channels again (after any channel or rule change, and once at start), on the caller's thread. */
    public synchronized void channelsChanged() {
        if (closed) {
            return;
        }
        try {
            List<LiveChannel> now = List.copyOf(channels.get());
            live = now;
            watchesLongRuns = now.stream().flatMap(channel -> channel.view().rules().stream())
                    .anyMatch(rule -> rule.events().contains(EventKind.LONG_RUN));
            gates.channelsChanged(now);
            lanes.channelsChanged(now);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the alert channels ({})", e.getClass().getSimpleName());
        }
    }

    private ChannelGates gates() {
        return gates;
    }

    @Override
    public void runChanged(Run run) {
        if (live.isEmpty() || closed || run.isWorkflowStep() || run.getId() == null || !wanted(run)) {
            return;
        }
        offer(run.copy());
    }

    /** A start some rule watches for long runs, an outcome, or any other end of a run whose long run is watched. */
    private boolean wanted(Run run) {
        RunStatus status = run.getStatus();
        if (status == RunStatus.RUNNING) {
            return watchesLongRuns;
        }
        return ALERTABLE.contains(status) || (status.isTerminal() && longRuns.watches(run.getId()));
    }

    @Override
    public void workflowRunChanged(WorkflowRunRecord run) {
        if (live.isEmpty() || closed || !ALERTABLE.contains(run.status())) {
            return;
        }
        offer(run);
    }

    /**
     * A failed run's error is one no run had before: channels whose rule for the run asks for "new-error" are told,
     * {@code error} (its type, message and place) standing for the run's error line. Never blocks.
     */
    public void newError(Run run, String error) {
        if (live.isEmpty() || closed || run.getId() == null) {
            return;
        }
        offer(new NewError(run.copy(), error));
    }

    /** A new error's snapshot on the intake. */
    private record NewError(Run run, String error) {
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
            if (next == STOP || Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                int lost = droppedSinceDigest.getAndSet(0);
                if (lost > 0) {
                    gates.lostEverywhere(live, lost);
                }
                switch (next) {
                    case Run run -> handle(run);
                    case WorkflowRunRecord run -> handle(run);
                    case NewError found -> handle(found);
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
        if (!ALERTABLE.contains(run.getStatus()) || byShutdown(run.getError())
                || !firstEnd("run-" + run.getId())) {
            return;
        }
        RunFacts named = facts.of(run, 0);
        List<LiveChannel> covering = covering(channels, named);
        if (covering.isEmpty() || facts.retryFollows(run)) {
            return;
        }
        int logLines = covering.stream().mapToInt(channel -> channel.view().logLines()).max().orElse(0);
        tell(covering, facts.of(run, logLines), facts.history(run));
    }

    private void handle(WorkflowRunRecord run) {
        if (byShutdown(run.error()) || !firstEnd("workflow-" + run.id())) {
            return;
        }
        RunFacts runFacts = facts.of(run);
        List<LiveChannel> covering = covering(live, runFacts);
        if (!covering.isEmpty()) {
            tell(covering, runFacts, facts.history(run));
        }
    }

    private void handle(NewError found) {
        if (!firstEnd("new-error-" + found.run().getId())) {
            return;
        }
        RunFacts named = facts.of(found.run(), 0);
        List<LiveChannel> asking = live.stream().filter(channel -> AlertRules.ruleFor(named, channel.view().rules())
                .filter(rule -> rule.events().contains(EventKind.NEW_ERROR)).isPresent()).toList();
        if (asking.isEmpty()) {
            return;
        }
        int logLines = asking.stream().mapToInt(channel -> channel.view().logLines()).max().orElse(0);
        RunFacts told = facts.of(found.run(), logLines).withError(found.error());
        for (LiveChannel channel : asking) {
            send(channel, AlertEvent.of(EventKind.NEW_ERROR, withLogLines(told, channel.view().logLines())));
        }
    }

    /** The channels one of whose rules covers the run with some event (only then are its log and history read). */
    private static List<LiveChannel> covering(List<LiveChannel> channels, RunFacts runFacts) {
        return channels.stream().filter(channel -> AlertRules.ruleFor(runFacts, channel.view().rules())
                .filter(rule -> !rule.events().isEmpty()).isPresent()).toList();
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
            long channelId = channel.view().id();
            threshold(rule.get(), recent).ifPresent(threshold -> longRuns.watch(run.getId(), channelId,
                    run.getStartedAt().plus(threshold), () -> longRunCheck(run.getId(), channelId, threshold)));
        }
    }

    /** The fixed limit or the p95 of recent successes, whichever comes first when the rule asks for both. */
    private static java.util.Optional<Duration> threshold(io.kumo.alerts.AlertRule rule, List<Duration> recent) {
        java.util.Optional<Duration> fixed = AlertRules.longRunThreshold(rule, recent);
        if (fixed.isEmpty() || rule.longRunOver() == null || !rule.longRunP95()) {
            return fixed;
        }
        return io.kumo.alerts.Percentile.p95(recent).filter(p95 -> p95.compareTo(fixed.get()) < 0).or(() -> fixed);
    }

    private void longRunCheck(long runId, long channelId, Duration threshold) {
        try {
            LiveChannel channel = live.stream().filter(one -> one.view().id() == channelId).findFirst().orElse(null);
            if (channel == null || closed) {
                return; // removed or disabled meanwhile
            }
            facts.current(runId).filter(now -> now.getStatus() == RunStatus.RUNNING).ifPresent(running ->
                    send(channel, new AlertEvent(EventKind.LONG_RUN, facts.of(running, channel.view().logLines()), threshold, 0)));
        } catch (RuntimeException e) {
            LOG.warn("Could not check a long run ({})", e.getClass().getSimpleName());
        }
    }

    private static boolean byShutdown(String error) {
        return error != null && SHUTDOWN_ERRORS.contains(error);
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
        return tail.size() <= lines ? facts : facts.withLogTail(tail.subList(tail.size() - Math.max(0, lines), tail.size()));
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
                running.interrupt();
                running.join(GRACE.toMillis()); // it ends the alert in hand (bounded: no waits, one store read each)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int left = (int) intake.stream().filter(next -> next != STOP).count();
        intake.clear();
        if (left > 0) {
            LOG.warn("Kumo stopped with {} run change{} not yet looked at for alerts", left, left == 1 ? "" : "s");
        }
        lanes.close(GRACE);
        timers.close();
        gates.close(UNFINISHED);
        journal.close();
    }
}
