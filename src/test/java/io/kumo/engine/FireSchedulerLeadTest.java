package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fires sharing an instant are handed over earlier the more they are, together, in one call. */
class FireSchedulerLeadTest {

    static final Instant MINUTE = Instant.parse("2026-05-04T10:03:00Z");

    /** Remembers each hand-over: the fires of one call. */
    static final class Recording implements FireScheduler.Target {
        final List<List<FireScheduler.DueFire>> handOvers = new ArrayList<>();

        @Override
        public void fire(Task task, Trigger trigger, Instant scheduledFor) {
            handOvers.add(List.of(new FireScheduler.DueFire(task, trigger, scheduledFor)));
        }

        @Override
        public void fireAll(List<FireScheduler.DueFire> fires) {
            handOvers.add(List.copyOf(fires));
        }

        @Override
        public void misfire(Task task, Trigger trigger, LateFires late, boolean onTimeFollows) {
            throw new AssertionError("no fire is late here");
        }

        @Override
        public void startDelayed(long runId) {
        }
    }

    private final MutableClock clock = new MutableClock(MINUTE.minusSeconds(30));
    private final Recording target = new Recording();
    private final FireScheduler scheduler = new FireScheduler(clock, target, 100);

    private void scheduleEveryMinute(long id) {
        Task task = new Task("task-" + id, "true");
        task.setId(id);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("* * * * *");
        task.setTimeZone("UTC");
        scheduler.schedule(task, Triggers.of(task).orElseThrow(), clock.instant());
    }

    private void scheduleTwoHundredEveryMinute() {
        for (long id = 1; id <= 200; id++) {
            scheduleEveryMinute(id);
        }
    }

    @Test
    void twoHundredFiresOnOneMinuteAreHandedOverTogetherWellBeforeIt() {
        scheduleTwoHundredEveryMinute();

        clock.set(MINUTE.minusMillis(500));
        scheduler.tick();

        assertThat(target.handOvers).singleElement().satisfies(fires -> {
            assertThat(fires).hasSize(200);
            assertThat(fires).extracting(FireScheduler.DueFire::scheduledFor).containsOnly(MINUTE);
        });
    }

    @Test
    void twoHundredFiresOnOneMinuteAreHandedOverNearlyTwoSecondsBeforeIt() {
        scheduleTwoHundredEveryMinute();

        clock.set(MINUTE.minusMillis(1_900));
        scheduler.tick();

        assertThat(target.handOvers).singleElement().satisfies(fires -> assertThat(fires).hasSize(200));
    }

    @Test
    void aSingleFireIsStillHandedOverOnlyTheUsualLeadAhead() {
        scheduleEveryMinute(1);

        clock.set(MINUTE.minusMillis(500));
        scheduler.tick();
        assertThat(target.handOvers).isEmpty();

        clock.set(MINUTE.minus(FireScheduler.LEAD));
        scheduler.tick();
        assertThat(target.handOvers).hasSize(1);
    }

    @Test
    void theLeadGrowsWithTheFiresSharingAnInstantUpToItsBound() {
        assertThat(FireScheduler.lead(1)).isEqualTo(FireScheduler.LEAD);
        assertThat(FireScheduler.lead(200)).isGreaterThan(Duration.ofMillis(500));
        assertThat(FireScheduler.lead(100_000)).isEqualTo(FireScheduler.MAX_LEAD);
    }
}
