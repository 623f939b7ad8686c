package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import org.junit.jupiter.api.Test;

/** The table's schedules and tags, read once per distinct stored value. */
class SchedulesTest {

    private static Task cron(String expression) {
        Task task = new Task("t", "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(expression);
        return task;
    }

    @Test
    void anEditedScheduleShowsItsNewWords() {
        Schedules schedules = new Schedules();
        Task task = cron("0 3 * * *");
        String before = schedules.of(task).words();

        task.setCronExpression("*/5 * * * *");

        assertThat(schedules.of(task).words()).isNotEqualTo(before).isEqualTo(Schedules.read(task).words());
    }

    @Test
    void tasksWithTheSameScheduleShareOneReading() {
        Schedules schedules = new Schedules();

        assertThat(schedules.of(cron("0 3 * * *"))).isSameAs(schedules.of(cron("0 3 * * *")));
    }

    @Test
    void aStoredScheduleThatCannotBeReadSaysSo() {
        Schedules.Schedule schedule = new Schedules().of(cron("not a cron"));

        assertThat(schedule.valid()).isFalse();
        assertThat(schedule.trigger()).isEmpty();
        assertThat(schedule.words()).startsWith("Cannot be scheduled: cron:");
    }

    @Test
    void tagsAreParsedAsTheTagsOfATask() {
        Task task = cron("0 3 * * *");
        task.setTags("ETL, nightly  reports");

        assertThat(new Schedules().tags(task)).containsExactly("etl", "nightly", "reports");
    }
}
