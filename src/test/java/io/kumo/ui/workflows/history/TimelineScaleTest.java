package io.kumo.ui.workflows.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline's geometry: bars from instants, visible short steps, live growth and round ticks. */
class TimelineScaleTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static StepRunRecord step(String name, StepStatus status, Integer fromSecond, Integer toSecond) {
        return new StepRunRecord(name, null, status, fromSecond == null ? null : T0.plusSeconds(fromSecond),
                toSecond == null ? null : T0.plusSeconds(toSecond), null, null, 1, Map.of(), null);
    }

    @Test
    void barsSpanFromTheirStartToTheirEndOnTheSharedAxis() {
        List<StepRunRecord> steps = List.of(step("extract", StepStatus.SUCCESS, 0, 10),
                step("load", StepStatus.SUCCESS, 10, 40));
        TimelineScale scale = TimelineScale.of(T0, steps, T0.plusSeconds(60), 400);

        assertThat(scale.span()).hasSeconds(40);
        assertThat(scale.bar(steps.get(0), T0)).isEqualTo(new TimelineScale.Bar(0, 100));
        assertThat(scale.bar(steps.get(1), T0)).isEqualTo(new TimelineScale.Bar(100, 300));
    }

    @Test
    void aZeroDurationStepStillGetsAVisibleBar() {
        List<StepRunRecord> steps = List.of(step("a", StepStatus.SUCCESS, 0, 20), step("b", StepStatus.SUCCESS, 20, 20));
        TimelineScale.Bar bar = TimelineScale.of(T0, steps, T0, 200).bar(steps.get(1), T0);

        assertThat(bar.width()).isEqualTo(TimelineScale.MIN_BAR);
        assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(200);
    }

    @Test
    void aSkippedStepThatNeverStartedSitsWhereItEnded() {
        List<StepRunRecord> steps = List.of(step("a", StepStatus.FAILED, 0, 10), step("b", StepStatus.SKIPPED, null, 5));
        TimelineScale scale = TimelineScale.of(T0, steps, T0, 100);

        assertThat(scale.bar(steps.get(1), T0)).isEqualTo(new TimelineScale.Bar(50, TimelineScale.MIN_BAR));
    }

    @Test
    void aRunningStepReachesNowAndGrowsWithIt() {
        List<StepRunRecord> steps = List.of(step("a", StepStatus.SUCCESS, 0, 10), step("b", StepStatus.RUNNING, 10, null));

        TimelineScale early = TimelineScale.of(T0, steps, T0.plusSeconds(20), 200);
        TimelineScale later = TimelineScale.of(T0, steps, T0.plusSeconds(40), 200);

        assertThat(early.bar(steps.get(1), T0.plusSeconds(20))).isEqualTo(new TimelineScale.Bar(100, 100));
        assertThat(later.bar(steps.get(1), T0.plusSeconds(40)).width()).isEqualTo(150);
    }

    @Test
    void aStepKeptFromAnEarlierRunSitsAtTheOriginOfTheReRun() {
        Instant rerunStart = T0.plusSeconds(600);
        List<StepRunRecord> steps = List.of(step("extract", StepStatus.SUCCESS, 0, 4), step("load", StepStatus.SUCCESS, 600, 610));
        TimelineScale scale = TimelineScale.of(rerunStart, steps, rerunStart, 100);

        assertThat(scale.start()).isEqualTo(rerunStart);
        assertThat(scale.bar(steps.get(0), rerunStart)).isEqualTo(new TimelineScale.Bar(0, TimelineScale.MIN_BAR));
        assertThat(scale.bar(steps.get(1), rerunStart)).isEqualTo(new TimelineScale.Bar(0, 100));
    }

    @Test
    void aRunWithoutStepsHasAOneSecondAxis() {
        TimelineScale scale = TimelineScale.of(T0, List.of(), T0.plusSeconds(60), 100);

        assertThat(scale.span()).hasSeconds(1);
        assertThat(scale.x(T0.plusSeconds(5))).isEqualTo(100);
    }

    @Test
    void ticksAreRoundAndAtMostTheAskedNumber() {
        TimelineScale scale = new TimelineScale(T0, T0.plusSeconds(95), 950);

        List<TimelineScale.Tick> ticks = scale.ticks(8);

        assertThat(ticks).extracting(TimelineScale.Tick::label).containsExactly("0s", "15s", "30s", "45s", "1m", "1m15s", "1m30s");
        assertThat(ticks.get(1).x()).isCloseTo(150, within(0.001));
    }

    @Test
    void longRunsTickInHours() {
        TimelineScale scale = new TimelineScale(T0, T0.plusSeconds(5 * 3600), 500);

        assertThat(scale.ticks(6)).extracting(TimelineScale.Tick::label).containsExactly("0s", "1h", "2h", "3h", "4h", "5h");
    }
}
