package io.kumo.reports.pdf;

import io.kumo.reports.Report;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Runs per day as bars (succeeded below, failed on top) on the left scale, and the success rate as a line on a 0-100 %
 * scale on the right, drawn with PDF vector graphics.
 */
final class PdfDayChart {

    static final float HEIGHT = 190;
    private static final Color SUCCEEDED = new Color(0x4C, 0xAF, 0x50);
    private static final Color FAILED = new Color(0xE5, 0x39, 0x35);
    private static final Color RATE = new Color(0x1E, 0x63, 0xC8);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final float FONT = 7;

    private PdfDayChart() {
    }

    static void draw(PdfCanvas canvas, List<Report.DayLine> days) throws IOException {
        canvas.take(HEIGHT);
        float bottom = canvas.y() + 30;
        float top = canvas.y() + HEIGHT - 20;
        float left = canvas.left() + 30;
        float right = canvas.left() + canvas.width() - 30;
        canvas.text(canvas.left(), top + 8, "Runs per day", true, 9);
        canvas.text(right - 60, top + 8, "Success rate", true, 9, RATE);
        long most = Math.max(1, days.stream().mapToLong(Report.DayLine::runs).max().orElse(1));
        long scaleTop = niceCeiling(most);
        for (int step = 0; step <= 4; step++) {
            float y = bottom + (top - bottom) * step / 4;
            canvas.line(left, y, right, y, GRID, 0.5f);
            canvas.textRight(left - 3, y - 2, PdfWords.number(scaleTop * step / 4), false, FONT);
            canvas.text(right + 3, y - 2, step * 25 + " %", false, FONT);
        }
        if (days.isEmpty()) {
            canvas.text(left + 10, (top + bottom) / 2, "No runs in this period", false, 9);
            return;
        }
        float slot = (right - left) / days.size();
        float bar = Math.max(0.5f, slot * 0.7f);
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / 10.0));
        float[] rate = new float[days.size() * 2];
        int points = 0;
        for (int i = 0; i < days.size(); i++) {
            Report.DayLine day = days.get(i);
            float x = left + slot * i + (slot - bar) / 2;
            float okHeight = (top - bottom) * day.succeeded() / scaleTop;
            float failHeight = (top - bottom) * day.failed() / scaleTop;
            float otherHeight = (top - bottom) * Math.max(0, day.runs() - day.succeeded() - day.failed()) / scaleTop;
            canvas.fill(x, bottom, bar, okHeight, SUCCEEDED);
            canvas.fill(x, bottom + okHeight, bar, failHeight, FAILED);
            canvas.fill(x, bottom + okHeight + failHeight, bar, otherHeight, GRID);
            long finished = day.succeeded() + day.failed();
            if (finished > 0) {
                rate[points++] = x + bar / 2;
                rate[points++] = bottom + (top - bottom) * day.succeeded() / finished;
            }
            if (i % labelEvery == 0) {
                canvas.text(x, bottom - 10, day.day().toString().substring(5), false, FONT);
            }
        }
        canvas.polyline(java.util.Arrays.copyOf(rate, points), RATE, 1.2f);
        legend(canvas, left, bottom - 24);
    }

    private static void legend(PdfCanvas canvas, float x, float y) throws IOException {
        canvas.fill(x, y, 8, 6, SUCCEEDED);
        canvas.text(x + 11, y, "succeeded", false, FONT);
        canvas.fill(x + 60, y, 8, 6, FAILED);
        canvas.text(x + 71, y, "failed", false, FONT);
        canvas.line(x + 110, y + 3, x + 122, y + 3, RATE, 1.2f);
        canvas.text(x + 125, y, "success rate of finished runs", false, FONT);
    }

    /** 4, 8, 20, 40, 80, 200... at or above {@code value}: a quarter of it, each grid line, is a round number. */
    static long niceCeiling(long value) {
        long magnitude = 1;
        while (true) {
            for (long step : new long[] {4, 8, 20}) {
                if (step * magnitude >= value) {
                    return step * magnitude;
                }
            }
            magnitude *= 10;
        }
    }
}
