package io.kumo.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.reports.ReportFormat;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportScheduleServiceTest {

    @TempDir
    Path dataDir;
    private KumoCore core;
    private ReportScheduleService schedules;

    @BeforeEach
    void open() {
        core = TestCores.open(dataDir, new MutableClock(TestCores.T0));
        core.channelService().add("ops", "json://127.0.0.1:9/hook", null);
        schedules = core.reportSchedules();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static ReportScheduleEdit edit(String name, String cron, String zone, int days, String format, String channel) {
        return new ReportScheduleEdit(name, cron, zone, days, null, null, format, channel, true);
    }

    @Test
    void createdScheduleIsListedWithItsChannelAndWords() {
        ReportSchedule created = schedules.create(edit("monthly", "0 8 1 * *", "Europe/Berlin", 30, "pdf", "ops"));

        assertThat(schedules.list()).containsExactly(created);
        assertThat(created.channelName()).isEqualTo("ops");
        assertThat(created.format()).isEqualTo(ReportFormat.PDF);
        assertThat(created.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(created.when()).contains("08:00").endsWith("(Europe/Berlin)");
        assertThat(created.lastSentAt()).isNull();
    }

    @Test
    void badInputIsRefusedWithOneLineAndNothingStored() {
        assertThatThrownBy(() -> schedules.create(edit("a", "61 * * * *", "UTC", 7, "pdf", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("schedule a:");
        assertThatThrownBy(() -> schedules.create(edit("b", "0 8 * * *", "Mars/Olympus", 7, "pdf", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown time zone 'Mars/Olympus'");
        assertThatThrownBy(() -> schedules.create(edit("c", "0 8 * * *", "UTC", 0, "pdf", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 366 days");
        assertThatThrownBy(() -> schedules.create(edit("c", "0 8 * * *", "UTC", 367, "pdf", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 366 days");
        assertThatThrownBy(() -> schedules.create(edit("d", "0 8 * * *", "UTC", 7, "docx", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Unknown report format 'docx'");
        assertThatThrownBy(() -> schedules.create(edit("e", "0 8 * * *", "UTC", 7, "pdf", "pager")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no alert channel named 'pager'");
        assertThatThrownBy(() -> schedules.create(edit("f", "@reboot", "UTC", 7, "pdf", "ops")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("@reboot");
        assertThatThrownBy(() -> schedules.create(edit(" ", "0 8 * * *", "UTC", 7, "pdf", "ops")))
                .isInstanceOf(ValidationException.class);
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    void namesAreUnique() {
        schedules.create(edit("weekly", "0 8 * * 1", "UTC", 7, "xlsx", "ops"));

        assertThatThrownBy(() -> schedules.create(edit("weekly", "0 9 * * 1", "UTC", 7, "xlsx", "ops")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("weekly");
    }

    @Test
    void updateAndDeleteAreAudited() {
        ReportSchedule created = schedules.create(edit("weekly", "0 8 * * 1", "UTC", 7, "xlsx", "ops"));
        ReportSchedule updated = schedules.update(created.id(), edit("weekly", "0 9 * * 1", "UTC", 14, "pdf", "ops"));
        schedules.delete("weekly");

        assertThat(updated.periodDays()).isEqualTo(14);
        assertThat(updated.format()).isEqualTo(ReportFormat.PDF);
        assertThat(schedules.find("weekly")).isEmpty();
        assertThat(core.audit().latest(10)).filteredOn(entry -> "ReportSchedule".equals(entry.targetType()))
                .extracting(entry -> entry.action()).containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void removingItsChannelRemovesTheSchedule() {
        schedules.create(edit("weekly", "0 8 * * 1", "UTC", 7, "xlsx", "ops"));

        core.channelService().remove("ops");

        assertThat(schedules.list()).isEmpty();
    }
}
