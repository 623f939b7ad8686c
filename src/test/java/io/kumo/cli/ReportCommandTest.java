package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.reports.ReportFixture;
import io.kumo.testkit.TestCores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo report} on {@link ReportFixture}'s runs: the file it writes, its JSON, and every input it refuses. */
class ReportCommandTest {

    private static TimeZone original;

    @TempDir
    Path dir;
    private CliRun cli;

    /** The fixture's days are UTC days; the command counts days in the local zone. */
    @BeforeAll
    static void utc() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("UTC")));
    }

    @AfterAll
    static void restore() {
        TimeZone.setDefault(original);
    }

    @BeforeEach
    void fixture() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (KumoCore core = TestCores.open(dir.resolve("data"))) {
            new ReportFixture(core, dir);
        }
        cli = new CliRun(dir.resolve("data"));
    }

    @Test
    void writesTheCsvFileAndSaysWhatItHolds() throws Exception {
        Path out = dir.resolve("march.csv");

        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--format", "csv", "--out", out.toString()))
                .as(cli.err()).isZero();

        assertThat(cli.out().strip()).isEqualTo("Report of 8 runs, 3 tasks written to " + out);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsummary,title").contains("\r\ntasks,").contains("\r\nfailures,fp1,ValueError")
                .contains("\r\ndays,2026-03-12,3,0,2,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).doesNotContain(".march.csv.tmp")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void writesExcelAndPdfFilesThatTheirOwnParsersRead() throws Exception {
        Path xlsx = dir.resolve("march.xlsx");
        Path pdf = dir.resolve("march.pdf");

        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--format", "xlsx", "--out", xlsx.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--format", "pdf", "--out", pdf.toString()))
                .as(cli.err()).isZero();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheet("Tasks").getLastRowNum()).isEqualTo(3); // a header and 3 tasks
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("ValueError");
        }
    }

    @Test
    void aProjectATagAndTasksNarrowTheReport() {
        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--project", "shop", "--json")).as(cli.err()).isZero();
        assertThat(cli.json().path("summary").path("runs").asLong()).isEqualTo(4);

        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--task", "b", "--task", "c", "--json"))
                .as(cli.err()).isZero();
        JsonNode report = cli.json();
        assertThat(report.path("selection").asText()).isEqualTo("tasks b, c");
        assertThat(report.path("tasks")).hasSize(2);

        assertThat(cli.kumo("report", "--from", "2026-03-10", "--to", "2026-03-12", "--tag", "nightly", "--json")).isZero();
        assertThat(cli.json().path("days").get(1).path("runs").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithExitCodeTwoAndOneLine() {
        String out = dir.resolve("r.csv").toString();
        assertRefused("no project named 'nope'", "report", "--last", "30d", "--project", "nope", "--out", out);
        assertRefused("no task named 'ghost'", "report", "--last", "30d", "--task", "ghost", "--out", out);
        assertRefused("'2026-13-01' is not a date", "report", "--from", "2026-13-01", "--to", "2026-12-01", "--out", out);
        assertRefused("is after its last day", "report", "--from", "2026-03-12", "--to", "2026-03-10", "--out", out);
        assertRefused("is not a number of days", "report", "--last", "thirty", "--out", out);
        assertRefused("does not exist", "report", "--last", "7d", "--out", dir.resolve("missing/r.csv").toString());
        assertRefused("Unknown report format 'doc'", "report", "--last", "7d", "--format", "doc", "--out", out);
        assertRefused("--out FILE is needed", "report", "--last", "7d");
        assertRefused("a period is needed", "report", "--out", out);
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private void assertRefused(String message, String... args) {
        assertThat(cli.kumo(args)).as(cli.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains(message);
        assertThat(cli.err().strip().lines()).hasSize(1);
    }
}
