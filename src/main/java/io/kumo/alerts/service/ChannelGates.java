package io.kumo.alerts.service;

import io.kumo.alerts.AlertEvent;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.QuietHours;
import io.kumo.alerts.RenderContext;
import io.kumo.alerts.StormGuard;
import io.kumo.alerts.Templates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiet hours and the storm guard in front of each channel's lane: a message in quiet hours is HELD and goes in one
 * digest at their end; one over the channel's per-minute limit is DROPPED into one digest sent when a slot frees.
 * Alerts lost on the way (intake full, lane full) are counted per channel and go in that channel's next digest, which
 * the loss schedules. A channel removed or disabled loses its gate: its digest is cancelled, its held lines FAILED.
 */
final class ChannelGates {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelGates.class);
    private static final java.time.Duration RETRY_RENDER = java.time.Duration.ofMinutes(1);
    private static final java.time.Duration LOST_DIGEST_DELAY = java.time.Duration.ofMinutes(1);

    private final DeliveryJournal journal;
    private final DeliveryLanes lanes;
    private final AlertTimers timers;
    private final Clock clock;
    private final Supplier<RenderContext> context;
    private final Map<Long, Gate> gates = new HashMap<>();

    private static final class Gate {
        LiveChannel channel;
        StormGuard guard;
        int perMinute;
        final List<AlertEvent> waiting = new ArrayList<>();
        final List<Long> heldLines = new ArrayList<>();
        int dropped;
        Runnable flush;
        boolean removed;
    }

    ChannelGates(DeliveryJournal journal, DeliveryLanes lanes, AlertTimers timers, Clock clock, Supplier<RenderContext> context) {
        this.journal = journal;
        this.lanes = lanes;
        this.timers = timers;
        this.clock = clock;
        this.context = context;
    }

    /** Sends, holds or folds one rendered alert for one channel. */
    synchronized void deliver(LiveChannel channel, AlertEvent event, AlertMessage message) {
        Gate gate = gate(channel);
        Instant now = clock.instant();
        QuietHours quiet = channel.view().quietHours();
        Long runId = event.facts().runId();
        Long workflowRunId = event.facts().workflowRunId();
        if (quiet != null && quiet.isQuiet(now)) {
            gate.heldLines.add(journal.open(channel.view().id(), channel.view().name(), event.kind(), runId, workflowRunId,
                    message.subject(), DeliveryStatus.HELD));
            gate.waiting.add(event);
            flushAt(gate, quiet.endAfter(now));
            return;
        }
        if (gate.guard != null && !gate.guard.admit(now)) {
            long line = journal.open(channel.view().id(), channel.view().name(), event.kind(), runId, workflowRunId,
                    message.subject(), DeliveryStatus.DROPPED);
            journal.update(line, DeliveryStatus.DROPPED, 0, null,
                    "Over " + gate.perMinute + " messages a minute: summed up in the next digest");
            gate.waiting.add(event);
            flushAt(gate, gate.guard.nextSlot(now));
            return;
        }
        send(channel, event.kind(), runId, workflowRunId, message);
    }

    private void send(LiveChannel channel, EventKind kind, Long runId, Long workflowRunId, AlertMessage message) {
        long line = journal.open(channel.view().id(), channel.view().name(), kind, runId, workflowRunId, message.subject(),
                DeliveryStatus.PENDING);
        lanes.submit(new Delivery(line, channel, message));
    }

    private Gate gate(LiveChannel channel) {
        Gate gate = gates.computeIfAbsent(channel.view().id(), id -> new Gate());
        gate.channel = channel;
        if (gate.perMinute != channel.view().perMinute()) {
            gate.perMinute = channel.view().perMinute();
            gate.guard = gate.perMinute > 0 ? new StormGuard(gate.perMinute) : null;
        }
        return gate;
    }

    /**
     * Alerts for this channel were lost (its lane was full): counted, and a digest says so a minute later (not at once:
     * while the lane stays full that digest is lost too, and it must not come back in a loop).
     */
    synchronized void lost(long channelId, int count) {
        Gate gate = gates.get(channelId);
        if (gate != null) {
            gate.dropped += count;
            flushAt(gate, clock.instant().plus(LOST_DIGEST_DELAY));
        }
    }

    /** Alerts were lost before anyone knew which channels they were for: every live channel's next digest says so. */
    synchronized void lostEverywhere(List<LiveChannel> live, int count) {
        for (LiveChannel channel : live) {
            Gate gate = gate(channel);
            gate.dropped += count;
            flushAt(gate, clock.instant());
        }
    }

    private void flushAt(Gate gate, Instant at) {
        if (gate.flush == null) {
            gate.flush = timers.at(at, () -> flush(gate));
        }
    }

    private synchronized void flush(Gate gate) {
        gate.flush = null;
        if (gate.removed || (gate.waiting.isEmpty() && gate.dropped == 0)) {
            return;
        }
        Instant now = clock.instant();
        QuietHours quiet = gate.channel.view().quietHours();
        if (quiet != null && quiet.isQuiet(now)) {
            flushAt(gate, quiet.endAfter(now));
            return;
        }
        if (gate.guard != null && !gate.guard.admit(now)) {
            flushAt(gate, gate.guard.nextSlot(now));
            return;
        }
        AlertMessage digest;
        try {
            digest = Templates.digest(gate.channel.view().name(), List.copyOf(gate.waiting), gate.dropped, context.get());
        } catch (RuntimeException e) {
            LOG.warn("Could not write the digest of {}: trying again in a minute ({})", gate.channel.view().name(),
                    e.getClass().getSimpleName());
            flushAt(gate, now.plus(RETRY_RENDER));
            return;
        }
        try {
            gate.dropped = 0;
            for (long held : gate.heldLines) {
                journal.update(held, DeliveryStatus.DROPPED, 0, null, "Held by quiet hours: summed up in the digest");
            }
            gate.waiting.clear();
            gate.heldLines.clear();
            send(gate.channel, EventKind.DIGEST, null, null, digest);
        } catch (RuntimeException e) {
            LOG.warn("Could not send the digest of {} ({})", gate.channel.view().name(), e.getClass().getSimpleName());
        }
    }

    /**
     * The channels live now: a gate whose channel is gone is forgotten (its digest cancelled, its held lines FAILED); the
     * others hold the channel's current version.
     */
    synchronized void channelsChanged(List<LiveChannel> live) {
        Map<Long, LiveChannel> byId = new HashMap<>();
        live.forEach(channel -> byId.put(channel.view().id(), channel));
        for (var it = gates.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Gate gate = entry.getValue();
            LiveChannel now = byId.get(entry.getKey());
            if (now != null) {
                gate.channel = now;
                continue;
            }
            it.remove();
            gate.removed = true;
            if (gate.flush != null) {
                gate.flush.run();
                gate.flush = null;
            }
            gate.heldLines.forEach(held -> journal.update(held, DeliveryStatus.FAILED, 0, null, DeliveryLanes.CHANNEL_GONE));
            gate.heldLines.clear();
            gate.waiting.clear();
        }
    }

    /** Kumo stops: held lines will never go, so they are FAILED with {@code why}; digests are not sent. */
    synchronized void close(String why) {
        for (Gate gate : gates.values()) {
            gate.removed = true;
            if (gate.flush != null) {
                gate.flush.run();
                gate.flush = null;
            }
            for (long held : gate.heldLines) {
                try {
                    journal.update(held, DeliveryStatus.FAILED, 0, null, why);
                } catch (RuntimeException e) {
                    LOG.warn("Could not mark a held alert failed ({})", e.getClass().getSimpleName());
                }
            }
            gate.heldLines.clear();
        }
        gates.clear();
    }
}
