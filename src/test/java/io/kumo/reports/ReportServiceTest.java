package io.kumo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures checked against {@link ReportFixture}'s hand counts; {@code PostgresReportServiceTest} runs them on PostgreSQL. */
class ReportServiceTest {

    @Test
    void summaryCountsEveryRunOfThePeriodAndItsPercentiles(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);

            Report report = core.reports().build(fixture.all());

            assertThat(report.title()).isEqualTo("Kumo report 2026-03-10 – 2026-03-12");
            assertThat(report.selection()).isEqualTo("all tasks");
            assertThat(report.summary()).isEqualTo(new Report.Summary(8, 3, 3, 1, 1, 3 / 7.0, Duration.ofSeconds(172),
                    Duration.ofSeconds(20), Duration.ofSeconds(54), 3.0));
        }
    }

    @Test
    void eachTaskHasItsCountsPercentilesAndLatestRun(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);

            Report report = core.reports().build(fixture.all());

            assertThat(report.tasks()).extracting(Report.TaskLine::taskName).containsExactly("a", "b", "c");
            assertThat(report.tasks().getFirst()).isEqualTo(new Report.TaskLine(fixture.a.getId(), "a", "shop", 4, 3, 1, 0.75,
                    Duration.ofSeconds(25), Duration.ofMillis(38_500), Duration.ofSeconds(40), 3.0, 300L,
                    Instant.parse("2026-03-12T01:00:00Z"), "FAILED"));
            Report.TaskLine b = report.tasks().get(1);
            assertThat(b.runs()).isEqualTo(3);
            assertThat(b.failed()).isEqualTo(2);
            assertThat(b.successRate()).isEqualTo(0.0);
            assertThat(b.p50()).isEqualTo(Duration.ofMillis(32_500));
            assertThat(b.project()).isNull();
            assertThat(b.peakRssBytes()).isNull();
            assertThat(b.lastStatus()).isEqualTo("SKIPPED");
        }
    }

    @Test
    void failuresAreGroupedByFingerprintOrByKumosReason(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            new ReportFixture(core, dir);

            Map<String, Report.FailureGroup> groups = core.reports().build(new ReportQuery(ReportFixture.FROM, ReportFixture.TO, null, null, null, ZoneOffset.UTC)).failures().stream()
                    .collect(Collectors.toMap(Report.FailureGroup::message, Function.identity()));

            assertThat(groups).containsOnlyKeys("bad value", "exit code 1");
            assertThat(groups.get("bad value")).isEqualTo(new Report.FailureGroup("fp1", "ValueError", "bad value",
                    "spider.py:42 in parse", 2, Instant.parse("2026-03-11T04:00:00Z"), Instant.parse("2026-03-12T01:00:00Z"),
                    java.util.List.of("a", "b")));
            assertThat(groups.get("exit code 1")).isEqualTo(new Report.FailureGroup(null, "Error", "exit code 1", null, 2,
                    Instant.parse("2026-03-11T03:00:00Z"), Instant.parse("2026-03-12T10:00:00Z"), java.util.List.of("b", "c")));
        }
    }

    @Test
    void aProjectATagOrTaskIdsNarrowEveryFigure(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);
            ReportQuery all = fixture.all();

            Report shop = core.reports().build(new ReportQuery(all.from(), all.to(), fixture.shop.getId(), null, null, all.zone()));
            Report nightly = core.reports().build(new ReportQuery(all.from(), all.to(), null, "Nightly", null, all.zone()));
            Report onlyB = core.reports().build(new ReportQuery(all.from(), all.to(), null, null, Set.of(fixture.b.getId()),
                    all.zone()));

            assertThat(shop.title()).isEqualTo("Kumo report 2026-03-10 – 2026-03-12 · project shop");
            assertThat(shop.tasks()).extracting(Report.TaskLine::taskName).containsExactly("a");
            assertThat(shop.summary().runs()).isEqualTo(4);
            assertThat(shop.failures()).extracting(Report.FailureGroup::count).containsExactly(1L);
            assertThat(nightly.selection()).isEqualTo("tag nightly");
            assertThat(nightly.tasks()).extracting(Report.TaskLine::taskName).containsExactly("a", "c");
            assertThat(nightly.days()).extracting(Report.DayLine::runs).containsExactly(2L, 1L, 2L);
            assertThat(onlyB.selection()).isEqualTo("task b");
            assertThat(onlyB.summary().runs()).isEqualTo(3);
        }
    }

    @Test
    void aTagNoTaskCarriesGivesAnEmptyReport(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);
            ReportQuery all = fixture.all();

            Report report = core.reports().build(new ReportQuery(all.from(), all.to(), null, "weekly", null, all.zone()));

            assertThat(report.summary().runs()).isZero();
            assertThat(report.summary().successRate()).isNull();
            assertThat(report.summary().p50()).isNull();
            assertThat(report.tasks()).isEmpty();
            assertThat(report.days()).hasSize(3).allSatisfy(day -> assertThat(day.runs()).isZero());
        }
    }

    @Test
    void daysFollowTheZonesMidnightsAcrossADaylightSavingChange(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            Task task = core.tasks().create(new Task("berlin", "true"));
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            // 2026-03-29 is 23 hours long in Berlin: 00:30 local is 23:30Z the day before, 23:30 local is 21:30Z
            run(core, task, "2026-03-28T22:30:00Z"); // 23:30 on the 28th
            run(core, task, "2026-03-28T23:30:00Z"); // 00:30 on the 29th
            run(core, task, "2026-03-29T21:30:00Z"); // 23:30 on the 29th
            run(core, task, "2026-03-29T22:30:00Z"); // 00:30 on the 30th
            Instant from = LocalDate.parse("2026-03-29").atStartOfDay(berlin).toInstant();
            Instant to = LocalDate.parse("2026-03-31").atStartOfDay(berlin).toInstant();

            Report report = core.reports().build(new ReportQuery(from, to, null, null, null, berlin));

            assertThat(report.title()).isEqualTo("Kumo report 2026-03-29 – 2026-03-30");
            assertThat(report.days()).extracting(Report.DayLine::day, Report.DayLine::runs).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-29"), 2L),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-30"), 1L));
            assertThat(report.summary().runs()).isEqualTo(3);
        }
    }

    @Test
    void aReversedPeriodOrAnUnknownProjectOrTaskIsRefused(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);
            ReportQuery all = fixture.all();

            assertThatThrownBy(() -> core.reports().build(new ReportQuery(all.to(), all.from(), null, null, null, all.zone())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("not before");
            assertThatThrownBy(() -> core.reports().build(new ReportQuery(all.from(), all.to(), 999L, null, null, all.zone())))
                    .isInstanceOf(ValidationException.class).hasMessage("No project #999");
            assertThatThrownBy(() -> core.reports().build(new ReportQuery(all.from(), all.to(), null, null, Set.of(998L), all.zone())))
                    .isInstanceOf(ValidationException.class).hasMessage("No task #998");
        }
    }

    @Test
    void daysAreListedEvenWithoutRuns(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            ReportFixture fixture = new ReportFixture(core, dir);

            Report report = core.reports().build(new ReportQuery(ReportFixture.FROM, ReportFixture.TO.plus(Duration.ofDays(1)),
                    null, null, null, ZoneOffset.UTC));

            assertThat(report.days()).containsExactly(
                    new Report.DayLine(LocalDate.parse("2026-03-10"), 2, 2, 0, Duration.ofSeconds(15)),
                    new Report.DayLine(LocalDate.parse("2026-03-11"), 3, 1, 2, Duration.ofSeconds(30)),
                    new Report.DayLine(LocalDate.parse("2026-03-12"), 3, 0, 2, Duration.ofMillis(23_500)),
                    new Report.DayLine(LocalDate.parse("2026-03-13"), 1, 1, 0, Duration.ofSeconds(1)));
            assertThat(fixture.c.getName()).isEqualTo("c");
        }
    }

    private static void run(KumoCore core, Task task, String scheduled) {
        Instant at = Instant.parse(scheduled);
        Run run = new Run(task, TriggerKind.CRON, at, RunStatus.SUCCESS);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(1));
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    /** The core under test, on H2; {@code PostgresReportServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
