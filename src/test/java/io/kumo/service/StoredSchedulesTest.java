package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredSchedulesTest {

    private final StoredSchedules schedules = new StoredSchedules();

    private static Task cron(String name, String expression, String zone) {
        Task task = new Task(name, "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(expression);
        task.setTimeZone(zone);
        return task;
    }

    @Test
    void tasksWithTheSameStoredScheduleShareOneReading() {
        StoredSchedules.Reading first = schedules.of(cron("a", "0 3 * * *", "UTC"));

        assertThat(schedules.of(cron("b", "0 3 * * *", "UTC"))).isSameAs(first);
        assertThat(first.words()).isEqualTo("At 03:00 every day");
        assertThat(schedules.of(cron("c", "0 3 * * *", "Europe/Berlin"))).isNotSameAs(first);
        assertThat(schedules.of(cron("d", "0 4 * * *", "UTC")).words()).isEqualTo("At 04:00 every day");
    }

    @Test
    void aManualTaskHasNoTriggerAndNoWords() {
        StoredSchedules.Reading manual = schedules.of(new Task("m", "true"));

        assertThat(manual.trigger()).isEmpty();
        assertThat(manual.words()).isNull();
    }

    @Test
    void anUnreadableStoredScheduleIsRefusedEveryTimeAsTriggersRefuseIt() {
        Task broken = new Task("i", "true");
        broken.setTriggerType(TriggerType.INTERVAL);
        broken.setIntervalSeconds(60L);

        assertThatThrownBy(() -> schedules.of(broken)).isInstanceOf(ValidationException.class).hasMessageContaining("anchor");
        assertThatThrownBy(() -> schedules.of(broken)).isInstanceOf(ValidationException.class);
        broken.setAnchorAt(Instant.parse("2026-05-04T12:00:00Z"));
        assertThat(schedules.of(broken).words()).isEqualTo("Every 1m");
    }

    @Test
    void forgetsItsReadingsWhenItHoldsMoreThanItsLimit() {
        StoredSchedules small = new StoredSchedules(2);
        StoredSchedules.Reading first = small.of(cron("a", "0 3 * * *", "UTC"));
        small.of(cron("b", "0 4 * * *", "UTC"));
        assertThat(small.of(cron("a", "0 3 * * *", "UTC"))).isSameAs(first);

        small.of(cron("c", "0 5 * * *", "UTC"));

        StoredSchedules.Reading again = small.of(cron("a", "0 3 * * *", "UTC"));
        assertThat(again).isNotSameAs(first);
        assertThat(again.words()).isEqualTo(first.words());
    }
}
