package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial lane per channel (its messages go in order, one at a time) on a small pool of "kumo-alert-send-N"
 * threads: a dead or slow endpoint holds only its own lane. A retry waits on the timers with the lane held; a lane's
 * backlog is bounded (beyond it a message is dropped and counted for the channel's next digest).
 *
 * <p>A lane is a circuit: when its head message gives up after its retries, the messages queued behind it fail at once
 * ("channel unreachable") and, until one gets through, each new message has one attempt only. A channel change rebinds
 * every lane to its channel's current spec (read at send time), closes the circuit and wakes a lane waiting for a retry;
 * a channel removed or disabled loses its lane and what waited in it.
 */
final class DeliveryLanes {

    /** Why a message waiting for a channel that was removed or disabled is FAILED. */
    static final String CHANNEL_GONE = "channel removed or disabled";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLanes.class);

    private final ChannelSender sender;
    private final DeliveryJournal journal;
    private final AlertTimers timers;
    private final Clock clock;
    private final BiFunction<Integer, Duration, Optional<Duration>> backoff;
    private final int backlogLimit;
    private final LongConsumer overflow;
    private final ThreadPoolExecutor pool;
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final Map<Long, LiveChannel> current = new HashMap<>();
    private boolean closing;
    private boolean stopped;

    private static final class Lane {
        final ArrayDeque<Delivery> backlog = new ArrayDeque<>();
        boolean busy;
        boolean removed;
        Runnable retryTimer;
        /** The message a send thread holds now; null between sends. */
        Delivery sending;
        /** The error that made the channel unreachable; null while it is not known to be. */
        String down;
    }

    /**
     * @param backoff  the wait before the next attempt after so many failed ones, given the server's wish; empty: give up
     * @param overflow told the channel's id when a message did not fit in its lane's backlog
     */
    DeliveryLanes(ChannelSender sender, DeliveryJournal journal, AlertTimers timers, Clock clock,
                  BiFunction<Integer, Duration, Optional<Duration>> backoff, int threads, int backlogLimit, LongConsumer overflow) {
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
        long channelId = delivery.channel().view().id();
        Lane lane = lanes.computeIfAbsent(channelId, id -> new Lane());
        if (lane.backlog.size() >= backlogLimit) {
            write(delivery, DeliveryStatus.DROPPED, null, "More than " + backlogLimit + " messages waited for this channel: counted in the next digest");
            overflow.accept(channelId);
            return;
        }
        lane.backlog.add(delivery);
        if (!lane.busy) {
            lane.busy = true;
            execute(lane);
        }
    }

    /**
     * The channels live now: a lane whose channel is gone is dropped (its retry cancelled, its backlog FAILED); the others
     * send with their channel's current spec from now on, forget that they were unreachable and retry at once.
     */
    synchronized void channelsChanged(List<LiveChannel> live) {
        current.clear();
        live.forEach(channel -> current.put(channel.view().id(), channel));
        for (Iterator<Map.Entry<Long, Lane>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Lane> entry = it.next();
            Lane lane = entry.getValue();
            if (!current.containsKey(entry.getKey())) {
                it.remove();
                drop(lane);
                continue;
            }
            lane.down = null;
            if (lane.retryTimer != null && !closing) {
                lane.retryTimer.run();
                lane.retryTimer = null;
                execute(lane);
            }
        }
    }

    private void drop(Lane lane) {
        lane.removed = true;
        if (lane.retryTimer != null) {
            lane.retryTimer.run();
            lane.retryTimer = null;
        }
        lane.backlog.stream().filter(left -> left != lane.sending) // the one in hand gets its own result
                .forEach(left -> write(left, DeliveryStatus.FAILED, null, CHANNEL_GONE));
        lane.backlog.clear();
        notifyAll();
    }

    private void execute(Lane lane) {
        try {
            pool.execute(() -> drain(lane));
        } catch (RejectedExecutionException closed) {
            // Kumo is stopping: close() marks what is left
        }
    }

    private void drain(Lane lane) {
        Delivery delivery;
        LiveChannel channel;
        boolean oneAttempt;
        synchronized (this) {
            lane.retryTimer = null;
            delivery = stopped || lane.removed ? null : lane.backlog.peek();
            if (delivery == null) {
                lane.busy = false;
                notifyAll();
                return;
            }
            channel = current.getOrDefault(delivery.channel().view().id(), delivery.channel());
            oneAttempt = lane.down != null;
            lane.sending = delivery;
        }
        SendResult result = sender.send(delivery.message(), channel.spec());
        int attempts = delivery.attempted();
        Optional<Duration> wait = result instanceof SendResult.Retry retry && !oneAttempt
                ? backoff.apply(attempts, retry.retryAfter()) : Optional.empty();
        synchronized (this) {
            lane.sending = null;
            if (lane.removed) {
                write(delivery, result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED, null,
                        result.delivered() ? result.error() : CHANNEL_GONE);
                return;
            }
            if (stopped) {
                if (result.delivered()) {
                    write(delivery, DeliveryStatus.DELIVERED, null, result.error()); // it did go
                }
                return; // close() already wrote its line
            }
            if (wait.isPresent() && !closing && lane.backlog.peek() == delivery) {
                Instant next = clock.instant().plus(wait.get());
                write(delivery, DeliveryStatus.RETRYING, next, result.error());
                lane.retryTimer = timers.at(next, () -> resumeAfterRetryWait(lane, delivery));
                return;
            }
            lane.backlog.remove(delivery);
            write(delivery, result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED, null, result.error());
            if (result.delivered()) {
                lane.down = null;
            } else if (result instanceof SendResult.Retry) {
                lane.down = result.error();
                String why = "channel unreachable: " + result.error();
                lane.backlog.forEach(behind -> write(behind, DeliveryStatus.FAILED, null, why));
                lane.backlog.clear();
            }
            execute(lane);
        }
    }

    private synchronized void resumeAfterRetryWait(Lane lane, Delivery waiting) {
        if (!closing && !lane.removed && lane.backlog.peek() == waiting) {
            lane.retryTimer = null;
            execute(lane);
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
