package io.kumo.reports.pdf;

import io.kumo.reports.Report;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** The per-task table: rows flow onto further pages, each starting with the header again. */
final class PdfTaskTable {

    private static final float ROW = 13;
    private static final float FONT = 7.5f;
    private static final Color STRIPE = new Color(0xF3, 0xF5, 0xF8);
    private static final String[] HEADERS = {"Task", "Project", "Runs", "OK", "Failed", "Success", "Median", "p95", "Last"};
    /** Shares of the width; the first two columns are text, the rest right-aligned figures. */
    private static final float[] SHARES = {0.28f, 0.14f, 0.07f, 0.07f, 0.07f, 0.09f, 0.10f, 0.10f, 0.08f};

    private PdfTaskTable() {
    }

    static void draw(PdfCanvas canvas, List<Report.TaskLine> tasks) throws IOException {
        header(canvas);
        int index = 0;
        for (Report.TaskLine task : tasks) {
            if (!canvas.hasRoom(ROW)) {
                canvas.newPage();
                header(canvas);
            }
            canvas.take(ROW);
            if (index++ % 2 == 1) {
                canvas.fill(canvas.left(), canvas.y() - 3, canvas.width(), ROW, STRIPE);
            }
            cells(canvas, false, task.taskName(), task.project(), PdfWords.number(task.runs()),
                    PdfWords.number(task.succeeded()), PdfWords.number(task.failed()), PdfWords.percent(task.successRate()),
                    PdfWords.duration(task.p50()), PdfWords.duration(task.p95()), status(task.lastStatus()));
        }
        if (tasks.isEmpty()) {
            canvas.take(ROW);
            canvas.text(canvas.left(), canvas.y(), "No task ran in this period.", false, FONT);
        }
    }

    private static void header(PdfCanvas canvas) throws IOException {
        canvas.take(ROW + 2);
        cells(canvas, true, HEADERS);
        canvas.line(canvas.left(), canvas.y() - 3, canvas.left() + canvas.width(), canvas.y() - 3, Color.GRAY, 0.6f);
    }

    private static void cells(PdfCanvas canvas, boolean bold, String... values) throws IOException {
        float x = canvas.left();
        for (int i = 0; i < values.length; i++) {
            float width = canvas.width() * SHARES[i];
            String value = canvas.fit(values[i] == null ? "" : values[i], bold, FONT, width - 4);
            if (i < 2) {
                canvas.text(x, canvas.y(), value, bold, FONT);
            } else {
                canvas.textRight(x + width - 2, canvas.y(), value, bold, FONT);
            }
            x += width;
        }
    }

    private static String status(String status) {
        return status == null ? "" : status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
