package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Task;
import io.kumo.engine.NextFires.Entry;
import io.kumo.schedule.OnceTrigger;
import io.kumo.schedule.Trigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The next fires by instant: what is due, how many share an instant, and the next hand-over, without a scan of all. */
class NextFiresTest {

    static final Instant AT = Instant.parse("2026-05-04T10:03:00Z");
    static final Trigger ONCE = new OnceTrigger(AT);

    final NextFires fires = new NextFires();

    @Test
    void aSingleFireIsHandedOverItsLeadBeforeItsInstant() {
        fires.put(entry(1, AT));

        assertThat(fires.handedOverBy(AT.minus(FireScheduler.LEAD).minusMillis(1))).isEmpty();
        assertThat(fires.handedOverBy(AT.minus(FireScheduler.LEAD))).extracting(e -> e.task().getId()).containsExactly(1L);
        assertThat(fires.earliestHandOver()).contains(AT.minus(FireScheduler.LEAD));
    }

    @Test
    void fiveTasksOnOneInstantAreAllHandedOverTheirLongerLeadBeforeIt() {
        for (long id = 1; id <= 5; id++) {
            fires.put(entry(id, AT));
        }
        Instant handOver = AT.minus(FireScheduler.lead(5));

        assertThat(fires.sharing(AT)).isEqualTo(5);
        assertThat(fires.handedOverBy(handOver.minusMillis(1))).isEmpty();
        assertThat(fires.handedOverBy(handOver)).hasSize(5);
        assertThat(fires.earliestHandOver()).contains(handOver);
    }

    @Test
    void aLaterInstantSharedByManyTasksCanBeHandedOverBeforeAnEarlierSingleFire() {
        fires.put(entry(1, AT));
        for (long id = 2; id <= 101; id++) {
            fires.put(entry(id, AT.plusMillis(200)));
        }

        assertThat(fires.earliestHandOver()).contains(AT.plusMillis(200).minus(FireScheduler.lead(100)));
        assertThat(fires.earliestFire()).contains(AT);
    }

    @Test
    void reschedulingATaskMovesItToItsNewInstant() {
        fires.put(entry(1, AT));
        fires.put(entry(2, AT));
        fires.put(entry(1, AT.plusSeconds(60)));

        assertThat(fires.sharing(AT)).isEqualTo(1);
        assertThat(fires.sharing(AT.plusSeconds(60))).isEqualTo(1);
        assertThat(fires.get(1).next()).isEqualTo(AT.plusSeconds(60));
        assertThat(fires.handedOverBy(AT)).extracting(e -> e.task().getId()).containsExactly(2L);
    }

    @Test
    void anEntryReplacedMeanwhileIsNotRemovedByItsOldSelf() {
        Entry old = entry(1, AT);
        fires.put(old);
        fires.put(entry(1, AT.plusSeconds(60)));

        assertThat(fires.remove(1, old)).isFalse();
        assertThat(fires.get(1)).isNotNull();
        fires.remove(1);
        assertThat(fires.isEmpty()).isTrue();
        assertThat(fires.earliestFire()).isEmpty();
        assertThat(fires.earliestHandOver()).isEmpty();
    }

    private static Entry entry(long id, Instant next) {
        Task task = new Task("task-" + id, "true");
        task.setId(id);
        return new Entry(task, ONCE, next);
    }
}
