package io.kumo.insights.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.project.TextDocument;
import io.kumo.storage.StoreException;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's trends on a real H2 database, from runs inserted by hand and script versions saved through the editor's path. */
class TaskInsightsServiceTest {

    static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // UTC+1 in March before the 29th

    @TempDir
    Path dir;
    MutableClock clock;
    KumoCore core;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOW);
        core = TestCores.open(dir.resolve("data"), clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void percentilesAreNearestRankOverTheFinishedRunsOfTheWindow() {
        Task task = core.tasks().create(new Task("durations", "true"));
        for (int seconds = 1; seconds <= 20; seconds++) {
            run(task, Instant.parse("2026-03-13T08:00:00Z").plusSeconds(seconds * 60L), RunStatus.SUCCESS, seconds, 100L * seconds, seconds * 1000L);
        }
        run(task, Instant.parse("2026-03-13T09:00:00Z"), RunStatus.FAILED, 500, null, null);
        run(task, Instant.parse("2026-03-13T09:30:00Z"), RunStatus.STOPPED, 900, null, null); // not in the percentiles
        run(task, Instant.parse("2026-03-13T10:00:00Z"), RunStatus.SKIPPED, 0, null, null); // not a run

        RunFigures overall = core.taskInsights().insights(task.getId(), 7, ZoneOffset.UTC).orElseThrow().overall();

        assertThat(overall.runs()).isEqualTo(22);
        assertThat(overall.succeeded()).isEqualTo(20);
        assertThat(overall.failed()).isEqualTo(1);
        assertThat(overall.successRate()).isEqualTo(20.0 / 21);
        assertThat(overall.p50Millis()).isEqualTo(11_000); // 21 durations 1..20 s and 500 s: the 11th
        assertThat(overall.p95Millis()).isEqualTo(20_000); // rank ceil(0.95 * 21) = 20
        assertThat(overall.cpuMillis()).isEqualTo(100L * 210);
        assertThat(overall.meanCpuSeconds()).isEqualTo(21.0 / 20);
        assertThat(overall.maxPeakRss()).isEqualTo(20_000);
    }

    @Test
    void daysAreTheUsersAndTheWindowStartsAtItsFirstMidnight() {
        Task task = core.tasks().create(new Task("midnight", "true"));
        run(task, Instant.parse("2026-03-12T22:30:00Z"), RunStatus.SUCCESS, 10, null, null); // 23:30 on the 12th in Berlin
        run(task, Instant.parse("2026-03-12T23:30:00Z"), RunStatus.FAILED, 30, null, null); // 00:30 on the 13th in Berlin
        run(task, Instant.parse("2026-03-07T23:30:00Z"), RunStatus.SUCCESS, 10, null, null); // the 8th in Berlin: day 1 of 7
        run(task, Instant.parse("2026-03-07T22:30:00Z"), RunStatus.SUCCESS, 10, null, null); // the 7th: before the window

        TaskInsights week = core.taskInsights().insights(task.getId(), 7, BERLIN).orElseThrow();

        assertThat(week.perDay()).extracting(DayTrend::day).first().isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(week.perDay()).hasSize(7);
        assertThat(week.perDay().get(0).figures().runs()).isEqualTo(1);
        assertThat(week.perDay().get(4).figures()).extracting(RunFigures::runs, RunFigures::succeeded, RunFigures::p50Millis)
                .containsExactly(1L, 1L, 10_000L);
        assertThat(week.perDay().get(5).figures()).extracting(RunFigures::runs, RunFigures::failed, RunFigures::successRate)
                .containsExactly(1L, 1L, 0.0);
        assertThat(week.perDay().get(6).figures().runs()).isZero();
        assertThat(week.perDay().get(6).figures().successRate()).isEqualTo(-1);
        assertThat(week.overall().runs()).isEqualTo(3);
        assertThat(core.taskInsights().insights(task.getId(), 0, BERLIN).orElseThrow().overall().runs()).isEqualTo(4);
        assertThat(core.taskInsights().insights(task.getId(), 0, BERLIN).orElseThrow().perDay().getFirst().day())
                .isEqualTo(LocalDate.parse("2026-03-07"));
    }

    @Test
    void runsSplitAtTheSavesOfTheScriptAndASlowerVersionIsMarked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Files.writeString(folder.resolve("job.py"), "print('v1')\n");
        Project project = core.projects().create(new Project("etl", folder.toString()));
        Task task = new Task("job", "python3 -u job.py --fast");
        task.setProjectId(project.getId());
        task = core.tasks().create(task);
        Instant firstSave = Instant.parse("2026-03-10T00:00:00Z");
        Instant secondSave = Instant.parse("2026-03-12T00:00:00Z");
        for (int day = 8; day <= 13; day++) {
            Instant at = Instant.parse("2026-03-%02dT06:00:00Z".formatted(day));
            int seconds = at.isBefore(firstSave) ? 10 : at.isBefore(secondSave) ? 20 : 25;
            run(task, at, RunStatus.SUCCESS, seconds, 2_000L, null);
        }
        save(project, firstSave, "print('v2')\n");
        save(project, secondSave, "print('v3')\n");

        TaskInsights insights = core.taskInsights().insights(task.getId(), 30, ZoneOffset.UTC).orElseThrow();

        assertThat(insights.script()).isEqualTo("job.py");
        assertThat(insights.segments()).extracting(VersionSegment::since).containsExactly(null, firstSave, secondSave);
        assertThat(insights.segments()).extracting(s -> s.figures().runs()).containsExactly(2L, 2L, 2L);
        assertThat(insights.segments()).extracting(s -> s.figures().p50Millis()).containsExactly(10_000L, 20_000L, 25_000L);
        assertThat(insights.segments()).extracting(VersionSegment::slower).containsExactly(false, true, false);
        assertThat(insights.segments().get(1).versionId()).isEqualTo(Long.toString(firstSave.toEpochMilli()));
        assertThat(insights.segments().get(2).until()).isNull();
        assertThat(insights.segments().get(1).figures().meanCpuSeconds()).isEqualTo(2.0);
        assertThat(insights.anySlower()).isTrue();

        TaskInsights lastWeekOnly = core.taskInsights().insights(task.getId(), 7, ZoneOffset.UTC).orElseThrow();
        assertThat(lastWeekOnly.segments()).extracting(VersionSegment::since).containsExactly(null, firstSave, secondSave);
        clock.set(Instant.parse("2026-03-20T12:00:00Z")); // the week now starts after the first save's segment ended
        assertThat(core.taskInsights().insights(task.getId(), 7, ZoneOffset.UTC).orElseThrow().segments())
                .extracting(VersionSegment::since).containsExactly(secondSave);
    }

    @Test
    void aTaskWithoutAProjectScriptHasNoSegmentsAndAnUnknownTaskNoInsights() {
        Task task = core.tasks().create(new Task("inline", "python3 -c \"print(1)\""));

        assertThat(core.taskInsights().insights(task.getId(), 90, ZoneOffset.UTC).orElseThrow().segments()).isEmpty();
        assertThat(core.taskInsights().insights(task.getId() + 100, 90, ZoneOffset.UTC)).isEmpty();
        assertThatThrownBy(() -> core.taskInsights().insights(task.getId(), 14, ZoneOffset.UTC))
                .isInstanceOf(ValidationException.class).hasMessageContaining("7, 30, 90 or 0");
    }

    private void save(Project project, Instant at, String text) {
        clock.set(at);
        TextDocument document = core.projectFiles().open(project, "job.py");
        core.projectFiles().save(project, document, text, true);
        clock.set(NOW);
    }

    private void run(Task task, Instant at, RunStatus status, int seconds, Long cpuMillis, Long peakRss) {
        Run run = new Run(task, TriggerKind.CRON, at, status);
        if (status != RunStatus.SKIPPED) {
            run.setStartedAt(at);
            run.setEndedAt(at.plusSeconds(seconds));
        }
        run.setCpuMillis(cpuMillis);
        run.setPeakRss(peakRss);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }
}
