package io.kumo.reports.pdf;

import io.kumo.reports.Report;
import java.awt.Color;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/** The failures of the period, one block per error group: the error, where it was raised, how often, which tasks. */
final class PdfFailures {

    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final float FONT = 8;

    private PdfFailures() {
    }

    static void draw(PdfCanvas canvas, List<Report.FailureGroup> failures, ZoneId zone) throws IOException {
        if (failures.isEmpty()) {
            canvas.take(12);
            canvas.text(canvas.left(), canvas.y(), "No failures in this period.", false, FONT);
            return;
        }
        for (Report.FailureGroup failure : failures) {
            if (!canvas.hasRoom(44)) {
                canvas.newPage();
            }
            String error = failure.message() == null || failure.message().isBlank() ? failure.exceptionType()
                    : failure.exceptionType() + ": " + failure.message();
            canvas.take(12);
            canvas.text(canvas.left(), canvas.y(), canvas.fit(error, true, 9, canvas.width()), true, 9);
            String facts = (failure.location() == null ? "" : failure.location() + " · ")
                    + PdfWords.number(failure.count()) + (failure.count() == 1 ? " run" : " runs")
                    + " · first " + PdfWords.dateTime(failure.firstSeen(), zone)
                    + " · last " + PdfWords.dateTime(failure.lastSeen(), zone);
            canvas.take(11);
            canvas.text(canvas.left() + 8, canvas.y(), canvas.fit(facts, false, FONT, canvas.width() - 8), false, FONT, MUTED);
            canvas.take(11);
            canvas.text(canvas.left() + 8, canvas.y(),
                    canvas.fit("Tasks: " + String.join(", ", failure.tasks()), false, FONT, canvas.width() - 8), false, FONT);
            canvas.take(8);
        }
    }
}
