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
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiet hours and the storm guard in front of each channel's lane: a message in quiet hours is HELD and goes in one
 * digest at their end; one over the channel's per-minute limit is DROPPED into one digest sent when a slot frees.
 */
final class ChannelGates {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelGates.class);

    private final DeliveryJournal journal;
    private final DeliveryLanes lanes;
    private final AlertTimers timers;
    private final Clock clock;
    private final Supplier<RenderContext> context;
    private final IntSupplier takeDropped;
    private final Map<Long, Gate> gates = new HashMap<>();

    private static final class Gate {
        LiveChannel channel;
        StormGuard guard;
        int perMinute;
        final List<AlertEvent> waiting = new ArrayList<>();
        final List<Long> heldLines = new ArrayList<>();
        Runnable flush;
    }

    /** @param takeDropped how many alerts were lost at the intake since the last digest (and resets it) */
    ChannelGates(DeliveryJournal journal, DeliveryLanes lanes, AlertTimers timers, Clock clock, Supplier<RenderContext> context,
                 IntSupplier takeDropped) {
        this.journal = journal;
        this.lanes = lanes;
        this.timers = timers;
        this.clock = clock;
        this.context = context;
        this.takeDropped = takeDropped;
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

    private void flushAt(Gate gate, Instant at) {
        if (gate.flush == null) {
            gate.flush = timers.at(at, () -> flush(gate));
        }
    }

    private synchronized void flush(Gate gate) {
        gate.flush = null;
        if (gate.waiting.isEmpty()) {
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
        try {
            AlertMessage digest = Templates.digest(gate.channel.view().name(), List.copyOf(gate.waiting), takeDropped.getAsInt(),
                    context.get());
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

    /** Forgets channels no longer live (their held alerts are dropped with them). */
    synchronized void keepOnly(java.util.Set<Long> liveIds) {
        gates.keySet().retainAll(liveIds);
    }
}
