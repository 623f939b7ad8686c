package io.kumo.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.FakeConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The report {@code kumo conditions} and the API show, on a fake computer. */
class ConditionReportTest {

    @Test
    void knownAnswersReadPlainly() {
        FakeConditions computer = new FakeConditions();
        computer.idle = Duration.ofSeconds(185);
        ConditionReport report = ConditionReport.of(computer);

        assertThat(report.lines()).containsExactly("AC power:  yes", "Network:   up", "Idle:      3 min", "Metered:   no");
        assertThat(report.fields()).containsEntry("ac_power", "yes").containsEntry("network_up", "yes")
                .containsEntry("idle_seconds", 185L).containsEntry("metered", "no");
    }

    @Test
    void unknownAnswersSayThatTheConditionIsNotApplied() {
        ConditionReport report = ConditionReport.of(ConditionSource.UNKNOWN);

        assertThat(report.lines()).containsExactly("AC power:  unknown (only-on-AC is not applied)",
                "Network:   unknown (only-online is not applied)",
                "Idle:      unknown (no idle source here: only-idle is not applied)",
                "Metered:   unknown (not-metered is not applied)");
        assertThat(report.fields()).containsEntry("idle_seconds", null);
    }
}
