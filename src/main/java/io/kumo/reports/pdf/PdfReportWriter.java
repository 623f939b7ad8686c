package io.kumo.reports.pdf;

import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * A report as an A4 PDF: title, period and selection, the summary figures, runs per day with the success rate, the
 * per-task table over as many pages as it takes, and the failures by error group; every page numbered.
 */
public final class PdfReportWriter implements ReportWriter {

    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(report.title());
            document.getDocumentInformation().setCreator("Kumo");
            PdfFonts fonts = new PdfFonts(document);
            try (PdfCanvas canvas = new PdfCanvas(document, fonts)) {
                heading(canvas, report);
                summary(canvas, report.summary());
                PdfDayChart.draw(canvas, report.days());
                section(canvas, "Tasks (" + report.tasks().size() + ")");
                PdfTaskTable.draw(canvas, report.tasks());
                section(canvas, "Failures by error (" + report.failures().size() + ")");
                PdfFailures.draw(canvas, report.failures(), report.query().zone());
            }
            numberPages(document, fonts);
            document.save(out);
        }
    }

    private static void heading(PdfCanvas canvas, Report report) throws IOException {
        ZoneId zone = report.query().zone();
        canvas.take(20);
        canvas.text(canvas.left(), canvas.y(), canvas.fit(report.title(), true, 16, canvas.width()), true, 16);
        canvas.take(16);
        canvas.text(canvas.left(), canvas.y(), "Period: " + PdfWords.period(report.query().from(), report.query().to(), zone),
                false, 10);
        canvas.take(14);
        canvas.text(canvas.left(), canvas.y(), "Selection: " + report.selection(), false, 10);
        canvas.take(13);
        canvas.text(canvas.left(), canvas.y(), "Generated " + PdfWords.dateTime(report.generatedAt(), zone), false, 8, MUTED);
        canvas.take(8);
    }

    private static void summary(PdfCanvas canvas, Report.Summary summary) throws IOException {
        String[][] figures = {
                {"Runs", PdfWords.number(summary.runs())},
                {"Succeeded", PdfWords.number(summary.succeeded())},
                {"Failed", PdfWords.number(summary.failed())},
                {"Timed out", PdfWords.number(summary.timedOut())},
                {"Other", PdfWords.number(summary.other())},
                {"Success rate", PdfWords.percent(summary.successRate())},
                {"Total run time", PdfWords.duration(summary.totalDuration())},
                {"Median run", PdfWords.duration(summary.p50())},
                {"95th percentile", PdfWords.duration(summary.p95())},
                {"CPU time", PdfWords.duration(java.time.Duration.ofMillis(Math.round(summary.cpuSeconds() * 1000)))},
        };
        float column = canvas.width() / 5;
        for (int row = 0; row < 2; row++) {
            canvas.take(30);
            for (int i = 0; i < 5; i++) {
                String[] figure = figures[row * 5 + i];
                float x = canvas.left() + column * i;
                canvas.text(x, canvas.y() + 11, figure[0], false, 8, MUTED);
                canvas.text(x, canvas.y(), figure[1], true, 12);
            }
        }
        canvas.take(10);
    }

    static void section(PdfCanvas canvas, String title) throws IOException {
        if (!canvas.hasRoom(60)) { // a heading alone at the foot of a page
            canvas.newPage();
        }
        canvas.take(24);
        canvas.text(canvas.left(), canvas.y(), title, true, 12);
        canvas.take(4);
    }

    private static void numberPages(PDDocument document, PdfFonts fonts) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String words = "Page " + (i + 1) + " of " + count;
                float x = PdfCanvas.SIZE.getWidth() - PdfCanvas.MARGIN - fonts.width(words, false, 7);
                footer.beginText();
                footer.setNonStrokingColor(MUTED);
                footer.newLineAtOffset(x, PdfCanvas.MARGIN / 2);
                for (PdfFonts.Piece piece : fonts.pieces(words, false)) {
                    footer.setFont(piece.font(), 7);
                    footer.showText(piece.text());
                }
                footer.endText();
            }
        }
    }
}
