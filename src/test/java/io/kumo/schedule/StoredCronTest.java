package io.kumo.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A task an older Kumo stored with an upper-case macro keeps its schedule; new input must be lower case. */
class StoredCronTest {

    private static final Instant FROM = Instant.parse("2026-01-15T10:17:00Z");

    private static Task cronTask(String expression) {
        Task task = new Task("legacy", "python3 a.py");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(expression);
        task.setTimeZone("UTC");
        return task;
    }

    @Test
    void storedUpperCaseMacroFiresAsItsLowerCaseSelf() {
        Trigger stored = Triggers.of(cronTask("@DAILY")).orElseThrow();
        Trigger daily = Triggers.of(cronTask("@daily")).orElseThrow();

        assertThat(stored.nextFireAfter(FROM)).isPresent().isEqualTo(daily.nextFireAfter(FROM));
    }

    @Test
    void typedUpperCaseMacroIsStillRefused() {
        assertThatThrownBy(() -> Triggers.cron("@DAILY")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("cron: unknown macro '@DAILY' (macros are lower case: @daily)");
    }

    @Test
    void storedExpressionThatIsNoMacroInAnyCaseStaysInvalid() {
        assertThatThrownBy(() -> Triggers.of(cronTask("@WEEKDAYS"))).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("cron: unknown macro '@WEEKDAYS'");
    }
}
