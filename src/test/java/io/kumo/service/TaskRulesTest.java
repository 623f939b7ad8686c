package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRulesTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @TempDir
    Path home;

    private TaskRules rules() {
        return new TaskRules(Clock.fixed(NOW, ZoneOffset.UTC), home, id -> Optional.empty());
    }

    private static Task task() {
        Task task = new Task("report", "python3 main.py");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 3 * * *");
        return task;
    }

    private static Task copyOf(Task task) {
        Task copy = new Task(task.getName(), task.getCommand());
        copy.setTriggerType(task.getTriggerType());
        copy.setCronExpression(task.getCronExpression());
        copy.setIntervalSeconds(task.getIntervalSeconds());
        copy.setAnchorAt(task.getAnchorAt());
        copy.setRunAt(task.getRunAt());
        copy.setWorkDir(task.getWorkDir());
        copy.setEnabled(task.isEnabled());
        return copy;
    }

    private void assertRefused(Task task, String message) {
        assertThatThrownBy(() -> rules().check(task, null)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void durationsOverflowingALongAnswerTheirBound() {
        assertThatThrownBy(() -> TaskRules.every("1000000000000w")).hasMessage("every: at most 366d");
        assertThatThrownBy(() -> TaskRules.timeout("9999999999999999d")).hasMessage("timeout: at most 30d");
        assertThatThrownBy(() -> TaskRules.retryDelay("99999999999999999999s")).hasMessage("retry-delay: at most 1d");
        assertThat(TaskRules.every("366d")).isEqualTo(Duration.ofDays(366));
        assertThat(TaskRules.timeout("30d")).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void storedIntervalOutsideOneSecondToAYearIsRefused() {
        Task task = task();
        task.setTriggerType(TriggerType.INTERVAL);
        task.setAnchorAt(NOW);
        task.setIntervalSeconds(Duration.ofDays(367).toSeconds());
        assertRefused(task, "every: at most 366d");
        task.setIntervalSeconds(0L);
        assertRefused(task, "every: must be at least 1s");
    }

    @Test
    void oneShotMustBeAheadAndBeforeYear10000() {
        Task task = task();
        task.setTriggerType(TriggerType.ONCE);
        task.setRunAt(NOW);
        assertRefused(task, "at: 2026-05-04T10:00:00Z is in the past");
        task.setRunAt(Instant.parse("+10000-01-01T00:00:00Z"));
        assertRefused(task, "at: at most 9999-12-31T23:59:59Z");
        task.setRunAt(NOW.plusSeconds(1));
        assertThatCode(() -> rules().check(task, null)).doesNotThrowAnyException();
    }

    @Test
    void aSaveIsCheckedOnlyOnTheFieldsItChanges() {
        Task stored = task();
        stored.setTriggerType(TriggerType.ONCE);
        stored.setRunAt(NOW.minusSeconds(3600)); // ran an hour ago
        stored.setWorkDir("/gone-since");
        Task paused = copyOf(stored);
        paused.setEnabled(false);
        assertThatCode(() -> rules().check(paused, stored)).doesNotThrowAnyException();

        Task moved = copyOf(stored);
        moved.setRunAt(NOW.minusSeconds(60));
        assertThatThrownBy(() -> rules().check(moved, stored)).hasMessageStartingWith("at: ");
    }

    @Test
    void workFolderIsReadFromHomeWhenRelative() throws Exception {
        Files.createDirectory(home.resolve("jobs"));
        Task task = task();
        task.setWorkDir("jobs");
        assertThatCode(() -> rules().check(task, null)).doesNotThrowAnyException();
        task.setWorkDir("missing");
        assertRefused(task, "workdir: missing is not an existing directory (read from " + home + ")");
    }

    @Test
    void zoneGivenEmptyIsRefusedButLeftOutIsTheSystemZone() {
        Task task = task();
        task.setTimeZone("");
        assertRefused(task, "zone: must not be empty; leave it out for the system time zone");
        task.setTimeZone(null);
        assertThatCode(() -> rules().check(task, null)).doesNotThrowAnyException();
    }

    @Test
    void impossibleDateIsAWarningNotAnError() {
        Task task = task();
        task.setCronExpression("0 0 31 4,6 *");
        assertThatCode(() -> rules().check(task, null)).doesNotThrowAnyException();
        assertThat(TaskRules.warnings(task)).containsExactly("this schedule never fires (Apr/Jun 31)");
        task.setCronExpression("0 0 29 2 *"); // leap years only: it fires
        assertThat(TaskRules.warnings(task)).isEmpty();
    }
}
