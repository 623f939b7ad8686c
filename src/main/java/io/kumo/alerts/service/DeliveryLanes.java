package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial lane per channel (its messages go in order, one at a time) on a small pool of "kumo-alert-send-N"
 * threads: a dead or slow endpoint holds only its own lane. A retry waits on the timers with the lane held; a lane's
 * backlog is bounded (beyond it a message is dropped and counted for the next digest).
 */
final class DeliveryLanes {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLanes.class);

    private final ChannelSender sender;
    private final DeliveryJournal journal;
    private final AlertTimers timers;
    private final Clock clock;
    private final BiFunction<Integer, Duration, Optional<Duration>> backoff;
    private final int backlogLimit;
    private final Runnable overflow;
    private final ThreadPoolExecutor pool;
    private final Map<Long, Lane> lanes = new HashMap<>();
    private boolean closing;
    private boolean stopped;

    private static final class Lane {
        final ArrayDeque<Delivery> backlog = new ArrayDeque<>();
        boolean busy;
        Runnable retryTimer;
    }

    /**
     * @param backoff  the wait before the next attempt after so many failed ones, given the server's wish; empty: give up
     * @param overflow told when a message did not fit in its lane's backlog
     */
    DeliveryLanes(ChannelSender sender, DeliveryJournal journal, AlertTimers timers, Clock clock,
                  BiFunction<Integer, Duration, Optional<Duration>> backoff, int threads, int backlogLimit, Runnable overflow) {
        this.sender = sender;
        this.journal = journal;
        this.timers = timers;
        this.clock = clock;
        this.backoff = backoff;
        this.backlogLimit = backlogLimit;
        this.overflow = overflow;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> Thread.ofPlatform().daemon().name("kumo-alert-send-" + count.incrementAndGet()).unstarted(runnable));
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** Queues a delivery (its line already written PENDING) behind its channel's earlier ones. */
    synchronized void submit(Delivery delivery) {
        if (closing) {
            write(delivery, DeliveryStatus.FAILED, null, AlertDispatcher.UNFINISHED);
            return;
        }
        Lane lane = lanes.computeIfAbsent(delivery.channel().view().id(), id -> new Lane());
        if (lane.backlog.size() >= backlogLimit) {
            write(delivery, DeliveryStatus.DROPPED, null, "More than " + backlogLimit + " messages waited for this channel: counted in the next digest");
            overflow.run();
            return;
        }
        lane.backlog.add(delivery);
        if (!lane.busy) {
            lane.busy = true;
            pool.execute(() -> drain(lane));
        }
    }

    private void drain(Lane lane) {
        Delivery delivery;
        synchronized (this) {
            lane.retryTimer = null;
            delivery = stopped ? null : lane.backlog.peek();
            if (delivery == null) {
                lane.busy = false;
                notifyAll();
                return;
            }
        }
        SendResult result = sender.send(delivery.message(), delivery.channel().spec());
        int attempts = delivery.attempted();
        Optional<Duration> wait = result instanceof SendResult.Retry retry ? backoff.apply(attempts, retry.retryAfter()) : Optional.empty();
        synchronized (this) {
            if (stopped) {
                return; // close() already wrote its line
            }
            if (wait.isPresent() && !closing) {
                Instant next = clock.instant().plus(wait.get());
                write(delivery, DeliveryStatus.RETRYING, next, result.error());
                lane.retryTimer = timers.at(next, () -> resume(lane));
                return;
            }
            lane.backlog.remove(delivery);
            write(delivery, result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED, null, result.error());
            pool.execute(() -> drain(lane));
        }
    }

    private void resume(Lane lane) {
        try {
            pool.execute(() -> drain(lane));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // Kumo is stopping: close() marks what is left
        }
    }

    private void write(Delivery delivery, DeliveryStatus status, Instant next, String error) {
        try {
            journal.update(delivery.lineId(), status, delivery.attempts(), next, error);
        } catch (RuntimeException e) {
            LOG.warn("Could not write delivery #{} to {} as {} ({})", delivery.lineId(), delivery.channel().view().name(), status,
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Takes nothing more, lets what is queued go for up to {@code grace}, then marks what is left FAILED and ends the
     * send threads (a lane waiting for a retry gives up at once).
     */
    void close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (this) {
            closing = true;
            for (Lane lane : lanes.values()) {
                if (lane.retryTimer != null) {
                    lane.retryTimer.run();
                    lane.retryTimer = null;
                    lane.busy = false;
                }
            }
            try {
                while (lanes.values().stream().anyMatch(lane -> lane.busy)) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        break;
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = true;
            for (Lane lane : lanes.values()) {
                lane.backlog.forEach(left -> write(left, DeliveryStatus.FAILED, null, AlertDispatcher.UNFINISHED));
                lane.backlog.clear();
            }
        }
        pool.shutdownNow();
    }
}
