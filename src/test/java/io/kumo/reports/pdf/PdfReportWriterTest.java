package io.kumo.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.reports.Report;
import io.kumo.reports.SampleReports;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    @Test
    void textCarriesTitlePeriodSelectionTotalsAndTaskNames() throws Exception {
        try (PDDocument pdf = readBack(SampleReports.small())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kumo report 2026-11-01 – 2026-11-30")
                    .contains("Period: 2026-11-01 – 2026-11-30 (Europe/Berlin)")
                    .contains("Selection: all tasks")
                    .contains("nightly-crawl")
                    .contains("Ежедневный отчёт")
                    .contains("96.7 %") // 58 of 60 finished runs
                    .contains("KeyError: 'price'")
                    .contains("spider.py:42 in parse");
            assertThat(text).containsPattern("Runs\\s+60\\s+Succeeded\\s+58\\s+Failed\\s+2\\s");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void nonLatinNamesAreDrawnOrReplacedButNeverFailTheReport() throws Exception {
        try (PDDocument pdf = readBack(SampleReports.small())) {
            String text = new PDFTextStripper().getText(pdf);
            // CJK comes from a fallback font when the system has one, else each character becomes "?"
            assertThat(text).containsAnyOf("日報", "??");
        }
    }

    @Test
    void fiveHundredTasksFlowOntoFurtherPagesWithTheHeaderRepeated() throws Exception {
        try (PDDocument pdf = readBack(SampleReports.withTasks(500))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            assertThat(all).contains("task-0001").contains("task-0250").contains("task-0500");
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String fourth = stripper.getText(pdf);
            assertThat(fourth).containsPattern("Task\\s+Project\\s+Runs").contains("task-").contains("Page 4 of " + pdf.getNumberOfPages());
        }
    }

    @Test
    void reportWithoutRunsSaysSo() throws Exception {
        Report small = SampleReports.small();
        Report empty = new Report(small.query(), small.generatedAt(), small.title(), small.selection(),
                new Report.Summary(0, 0, 0, 0, 0, null, java.time.Duration.ZERO, null, null, 0), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
        try (PDDocument pdf = readBack(empty)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("No runs in this period")
                    .contains("No task ran in this period.").contains("No failures in this period.");
        }
    }

    private static PDDocument readBack(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
