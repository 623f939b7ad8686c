package io.kumo.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.reports.Report;
import io.kumo.reports.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    @Test
    void workbookHasTheFourSheetsWithBoldFrozenFilteredHeaders() throws Exception {
        try (XSSFWorkbook workbook = readBack(SampleReports.small())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            for (String name : new String[] {"Summary", "Tasks", "Failures", "Days"}) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(sheet.getColumnWidth(0)).as(name).isGreaterThan(256 * 4);
            }
        }
    }

    @Test
    void taskLinesAreRealNumbersPercentagesSecondsAndDates() throws Exception {
        try (XSSFWorkbook workbook = readBack(SampleReports.small())) {
            Row crawl = workbook.getSheet("Tasks").getRow(1);
            assertThat(crawl.getCell(0).getStringCellValue()).isEqualTo("nightly-crawl");
            assertThat(crawl.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(crawl.getCell(2).getNumericCellValue()).isEqualTo(40);
            assertThat(crawl.getCell(5).getNumericCellValue()).isEqualTo(38.0 / 40);
            assertThat(crawl.getCell(5).getCellStyle().getDataFormatString()).contains("%");
            assertThat(crawl.getCell(6).getNumericCellValue()).isEqualTo(42.0);
            assertThat(crawl.getCell(6).getCellStyle().getDataFormatString()).contains("s");
            assertThat(crawl.getCell(10).getNumericCellValue()).isEqualTo(256);
            assertThat(DateUtil.isCellDateFormatted(crawl.getCell(11))).isTrue();
            // 06:00 UTC is 07:00 in Berlin: the report's zone, as Excel dates carry none
            assertThat(crawl.getCell(11).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 7, 0));
            assertThat(workbook.getSheet("Tasks").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ежедневный отчёт 日報");
        }
    }

    @Test
    void summaryFailuresAndDaysCarryTheirFigures() throws Exception {
        try (XSSFWorkbook workbook = readBack(SampleReports.small())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Runs");
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(60);
            assertThat(DateUtil.isCellDateFormatted(summary.getRow(3).getCell(1))).isTrue();
            assertThat(summary.getRow(3).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 0));
            Row failure = workbook.getSheet("Failures").getRow(1);
            assertThat(failure.getCell(0).getStringCellValue()).isEqualTo("KeyError");
            assertThat(failure.getCell(2).getStringCellValue()).isEqualTo("spider.py:42 in parse");
            assertThat(failure.getCell(3).getNumericCellValue()).isEqualTo(2);
            XSSFSheet days = workbook.getSheet("Days");
            assertThat(days.getLastRowNum()).isEqualTo(3);
            assertThat(days.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(DateUtil.isCellDateFormatted(days.getRow(1).getCell(0))).isTrue();
            assertThat(days.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(days.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(19.0 / 20);
            assertThat(days.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void aReportWithoutRunsStillOpens() throws Exception {
        Report small = SampleReports.small();
        Report empty = new Report(small.query(), small.generatedAt(), small.title(), small.selection(),
                new Report.Summary(0, 0, 0, 0, 0, null, java.time.Duration.ZERO, null, null, 0), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
        try (XSSFWorkbook workbook = readBack(empty)) {
            assertThat(workbook.getSheet("Tasks").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("Summary").getRow(12).getCell(1)).isNull();
        }
    }

    private static XSSFWorkbook readBack(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
