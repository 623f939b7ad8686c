package io.kumo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV read back with a strict RFC 4180 reader: the sections, their headers and every awkward character. */
class CsvReportWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void startsWithAByteOrderMarkAndReadsBackSectionBySection() throws Exception {
        List<List<String>> records = CsvRecords.parse(written(report()).substring(1));

        assertThat(records.getFirst()).startsWith("summary", "title", "selection", "from", "to", "zone");
        assertThat(records.get(1)).containsExactly("summary", "Kumo report 2026-03-10 – 2026-03-12", "all tasks",
                "2026-03-10T00:00:00+01:00", "2026-03-13T00:00:00+01:00", "Europe/Berlin", "2026-03-13T09:00:05+01:00", "8", "3", "3",
                "1", "1", "0.4286", "172.000", "20.000", "54.000", "3.000");
        assertThat(records.get(2)).containsExactly("");
        assertThat(records.get(3)).startsWith("tasks", "task_id", "task", "project");
        assertThat(records.get(4)).containsExactly("tasks", "7", "scrape, \"daily\"", "shop", "4", "3", "1", "0.7500", "25.000",
                "38.500", "40.000", "3.000", "300", "2026-03-12T02:00:00+01:00", "FAILED");
        assertThat(records.get(5)).containsExactly("tasks", "8", "b", "", "1", "0", "0", "", "", "", "", "0.000", "", "", "");
        assertThat(records.get(7)).startsWith("failures", "fingerprint", "exception_type");
        assertThat(records.get(8)).containsExactly("failures", "fp1", "ValueError", "bad value:\nline two", "spider.py:42 in parse",
                "2", "2026-03-11T05:00:00+01:00", "2026-03-12T02:00:00+01:00", "scrape, \"daily\", b");
        assertThat(records.get(10)).containsExactly("days", "day", "runs", "succeeded", "failed", "p50_s");
        assertThat(records.get(11)).containsExactly("days", "2026-03-10", "2", "2", "0", "15.000");
        assertThat(records.get(12)).containsExactly("days", "2026-03-11", "0", "0", "0", "");
        assertThat(records).hasSize(13);
    }

    @Test
    void excelFindsUtf8ByItsByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(report(), out);

        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("–");
    }

    private static String written(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Report report() {
        Instant from = LocalDate.parse("2026-03-10").atStartOfDay(BERLIN).toInstant();
        Instant to = LocalDate.parse("2026-03-13").atStartOfDay(BERLIN).toInstant();
        return new Report(new ReportQuery(from, to, null, null, null, BERLIN), Instant.parse("2026-03-13T08:00:05.250Z"),
                "Kumo report 2026-03-10 – 2026-03-12", "all tasks",
                new Report.Summary(8, 3, 3, 1, 1, 3 / 7.0, Duration.ofSeconds(172), Duration.ofSeconds(20), Duration.ofSeconds(54), 3.0),
                List.of(new Report.TaskLine(7, "scrape, \"daily\"", "shop", 4, 3, 1, 0.75, Duration.ofSeconds(25),
                                Duration.ofMillis(38_500), Duration.ofSeconds(40), 3.0, 300L, Instant.parse("2026-03-12T01:00:00Z"), "FAILED"),
                        new Report.TaskLine(8, "b", null, 1, 0, 0, null, null, null, null, 0, null, null, null)),
                List.of(new Report.FailureGroup("fp1", "ValueError", "bad value:\nline two", "spider.py:42 in parse", 2,
                        Instant.parse("2026-03-11T04:00:00Z"), Instant.parse("2026-03-12T01:00:00Z"), List.of("scrape, \"daily\"", "b"))),
                List.of(new Report.DayLine(LocalDate.parse("2026-03-10"), 2, 2, 0, Duration.ofSeconds(15)),
                        new Report.DayLine(LocalDate.parse("2026-03-11"), 0, 0, 0, null)));
    }
}
