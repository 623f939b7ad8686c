package io.kumo.alerts.service;

import static io.kumo.alerts.service.AlertsEndToEndTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A channel's lane: in order, one at a time, retried on the timers, and closed with what is left marked FAILED. */
class DeliveryLanesTest {

    private final MutableClock clock = new MutableClock(TestCores.T0);
    private final ManualTimers timers = new ManualTimers(clock);
    private final RecordingJournal journal = new RecordingJournal();

    @Test
    void aRetryHoldsTheLaneUntilItsTimeThenTheMessagesGoInOrder() {
        AtomicInteger calls = new AtomicInteger();
        ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
        DeliveryLanes lanes = new DeliveryLanes((message, channel) -> {
            if (calls.incrementAndGet() == 1) {
                return new SendResult.Retry("connection refused (127.0.0.1:9)", null);
            }
            sent.add(message.subject());
            return new SendResult.Delivered("HTTP 200");
        }, journal, timers, clock, (attempts, retryAfter) -> Optional.of(Duration.ofSeconds(10)), 2, 200, id -> { });

        lanes.submit(delivery("first"));
        lanes.submit(delivery("second"));
        awaitUntil(() -> journal.lines().getFirst().status() == DeliveryStatus.RETRYING, "the first retrying");
        RecordingJournal.Line retrying = journal.lines().getFirst();
        DeliveryStatus secondMeanwhile = journal.lines().get(1).status();
        clock.advance(Duration.ofSeconds(10));
        timers.runDue();
        awaitUntil(() -> journal.lines().stream().allMatch(line -> line.status() == DeliveryStatus.DELIVERED), "both delivered");

        assertThat(retrying.error()).isEqualTo("connection refused (127.0.0.1:9)");
        assertThat(retrying.nextAttemptAt()).isEqualTo(TestCores.T0.plusSeconds(10));
        assertThat(secondMeanwhile).isEqualTo(DeliveryStatus.PENDING);
        assertThat(sent).containsExactly("first", "second");
        assertThat(journal.lines().getFirst().attempts()).isEqualTo(2);
        lanes.close(Duration.ZERO);
    }

    @Test
    void closingMarksWhatIsStillWaitingFailed() {
        CountDownLatch never = new CountDownLatch(1);
        DeliveryLanes lanes = new DeliveryLanes(blocksUntil(never), journal, timers, clock, (attempts, retryAfter) -> Optional.empty(), 2, 200, id -> { });
        lanes.submit(delivery("stuck"));
        lanes.submit(delivery("behind"));

        lanes.close(Duration.ZERO);

        assertThat(journal.lines()).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(line.error()).isEqualTo(AlertDispatcher.UNFINISHED);
        });
    }

    @Test
    void aFullBacklogDropsTheMessageAndCountsItForTheDigest() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger overflow = new AtomicInteger();
        DeliveryLanes lanes = new DeliveryLanes(blocksUntil(never), journal, timers, clock, (attempts, retryAfter) -> Optional.empty(), 2, 2, id -> overflow.incrementAndGet());

        List.of("a", "b", "c").forEach(subject -> lanes.submit(delivery(subject)));

        assertThat(journal.lines().get(2).status()).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(overflow).hasValue(1);
        lanes.close(Duration.ZERO);
    }

    @Test
    void removingAChannelCancelsItsRetryAndFailsWhatWaitedForIt() {
        AtomicInteger calls = new AtomicInteger();
        DeliveryLanes lanes = new DeliveryLanes((message, channel) -> {
            calls.incrementAndGet();
            return new SendResult.Retry("connection refused (127.0.0.1:9)", null);
        }, journal, timers, clock, (attempts, retryAfter) -> Optional.of(Duration.ofSeconds(10)), 2, 200, id -> { });
        lanes.channelsChanged(List.of(AlertDispatcherIntakeTest.channel()));
        lanes.submit(delivery("first"));
        lanes.submit(delivery("second"));
        awaitUntil(() -> journal.lines().getFirst().status() == DeliveryStatus.RETRYING, "the first retrying");

        lanes.channelsChanged(List.of());
        clock.advance(Duration.ofHours(1));
        timers.runDue();

        assertThat(timers.pending()).isZero();
        assertThat(calls).hasValue(1);
        assertThat(journal.lines()).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(line.error()).isEqualTo(DeliveryLanes.CHANNEL_GONE);
        });
        lanes.close(Duration.ZERO);
    }

    @Test
    void whenTheHeadGivesUpTheMessagesBehindItFailAtOnceInsteadOfEachWaitingItsOwnRetries() {
        AtomicInteger calls = new AtomicInteger();
        DeliveryLanes lanes = new DeliveryLanes((message, channel) -> {
            calls.incrementAndGet();
            return new SendResult.Retry("connection refused (127.0.0.1:9)", null);
        }, journal, timers, clock, (attempts, retryAfter) -> attempts < 2 ? Optional.of(Duration.ofSeconds(10)) : Optional.empty(),
                2, 200, id -> { });
        lanes.submit(delivery("head"));
        lanes.submit(delivery("second"));
        lanes.submit(delivery("third"));
        awaitUntil(() -> journal.lines().getFirst().status() == DeliveryStatus.RETRYING, "the head retrying");
        clock.advance(Duration.ofSeconds(10));
        timers.runDue();
        awaitUntil(() -> journal.lines().stream().allMatch(line -> line.status() == DeliveryStatus.FAILED), "all failed");

        assertThat(calls).hasValue(2);
        assertThat(journal.lines().subList(1, 3)).allSatisfy(line -> {
            assertThat(line.error()).isEqualTo("channel unreachable: connection refused (127.0.0.1:9)");
            assertThat(line.attempts()).isZero();
        });
        lanes.submit(delivery("later"));
        awaitUntil(() -> journal.lines().get(3).status() == DeliveryStatus.FAILED, "the later one tried once");
        assertThat(calls).hasValue(3);
        assertThat(timers.pending()).isZero();
        lanes.close(Duration.ZERO);
    }

    @Test
    void aChannelChangeSendsTheRetryingMessageAtOnceWithTheNewSpec() {
        ConcurrentLinkedQueue<String> urls = new ConcurrentLinkedQueue<>();
        DeliveryLanes lanes = new DeliveryLanes((message, spec) -> {
            urls.add(spec.toUrl());
            return urls.size() == 1 ? new SendResult.Retry("connection refused (127.0.0.1:9)", null) : new SendResult.Delivered("HTTP 200");
        }, journal, timers, clock, (attempts, retryAfter) -> Optional.of(Duration.ofMinutes(30)), 2, 200, id -> { });
        LiveChannel old = AlertDispatcherIntakeTest.channel();
        lanes.channelsChanged(List.of(old));
        lanes.submit(delivery("first"));
        awaitUntil(() -> journal.lines().getFirst().status() == DeliveryStatus.RETRYING, "retrying");

        LiveChannel fixed = new LiveChannel(old.view(), io.kumo.alerts.ChannelUrl.parse("json://127.0.0.1:8/hook"));
        lanes.channelsChanged(List.of(fixed));
        awaitUntil(() -> journal.lines().getFirst().status() == DeliveryStatus.DELIVERED, "delivered without waiting");

        assertThat(urls).hasSize(2).last().isEqualTo(fixed.spec().toUrl());
        assertThat(timers.pending()).isZero();
        lanes.close(Duration.ZERO);
    }

    /** A sender whose endpoint never answers until the latch opens. */
    static ChannelSender blocksUntil(CountDownLatch latch) {
        return (message, channel) -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SendResult.Failed("interrupted");
        };
    }

    private Delivery delivery(String subject) {
        long line = journal.open(1, "ops", EventKind.FAILURE, 1L, null, subject, DeliveryStatus.PENDING);
        return new Delivery(line, AlertDispatcherIntakeTest.channel(),
                new AlertMessage(subject, subject, EventKind.FAILURE, Severity.INFO, Map.of()));
    }
}
