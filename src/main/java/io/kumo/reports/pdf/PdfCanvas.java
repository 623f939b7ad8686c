package io.kumo.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 pages written top to bottom: a cursor ({@link #y()}) that moves down, a new page when the next block would not
 * fit, and text in pieces of the fonts that can draw them. Coordinates are PDF points from the bottom left.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 40;
    static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document, PdfFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Whether {@code height} is left on this page above the footer. */
    boolean hasRoom(float height) {
        return y - height >= MARGIN + 20;
    }

    /** Moves the cursor down by {@code height}, first to a new page when that much is not left on this one. */
    void take(float height) throws IOException {
        if (!hasRoom(height)) {
            newPage();
        }
        y -= height;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN;
    }

    void text(float x, float baseline, String text, boolean bold, float size, Color color) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        for (PdfFonts.Piece piece : fonts.pieces(text, bold)) {
            content.setFont(piece.font(), size);
            content.showText(piece.text());
        }
        content.endText();
    }

    void text(float x, float baseline, String text, boolean bold, float size) throws IOException {
        text(x, baseline, text, bold, size, Color.BLACK);
    }

    /** Right-aligned so that the text ends at {@code right}. */
    void textRight(float right, float baseline, String text, boolean bold, float size) throws IOException {
        text(right - fonts.width(text, bold, size), baseline, text, bold, size);
    }

    /** The text cut with an ellipsis to fit {@code width}. */
    String fit(String text, boolean bold, float size, float width) throws IOException {
        if (text == null || fonts.width(text, bold, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fonts.width(cut + "…", bold, size) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    void fill(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, width, height);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** A polyline through the points {x0, y0, x1, y1...}. */
    void polyline(float[] points, Color color, float lineWidth) throws IOException {
        if (points.length < 4) {
            return;
        }
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            content.lineTo(points[i], points[i + 1]);
        }
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
