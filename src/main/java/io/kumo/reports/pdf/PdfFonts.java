package io.kumo.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF: a TrueType font of the system embedded as a subset (DejaVu Sans, Arial...), then fallbacks
 * for what it has no glyph for (CJK), loaded only when a text needs them; a character no font can draw becomes
 * {@code ?} rather than failing the report. Without any TrueType font, Helvetica (Latin-1 only).
 */
final class PdfFonts {

    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf", "/Library/Fonts/Arial Bold.ttf");
    private static final List<String> FALLBACK = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "C:/Windows/Fonts/msyh.ttc",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    /** A piece of text that one font draws. */
    record Piece(PDFont font, String text) {
    }

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final List<Path> fallbackFiles;
    private final List<PDFont> fallbacks = new ArrayList<>();
    private final Map<Integer, Optional<PDFont>> fallbackFor = new HashMap<>();
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new java.util.IdentityHashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = load(document, REGULAR).orElseGet(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        this.bold = load(document, BOLD).orElseGet(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        this.fallbackFiles = FALLBACK.stream().map(Path::of).filter(Files::isReadable).toList();
    }

    /** The text cut into pieces each of which one font can draw. */
    List<Piece> pieces(String text, boolean strong) {
        PDFont main = strong ? bold : regular;
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = main;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            PDFont font = main;
            if (!canDraw(main, codePoint, character)) {
                Optional<PDFont> other = fallback(codePoint, character);
                font = other.orElse(main);
                character = other.isPresent() ? character : "?";
            }
            if (font != currentFont && !current.isEmpty()) {
                pieces.add(new Piece(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (!current.isEmpty()) {
            pieces.add(new Piece(currentFont, current.toString()));
        }
        return pieces;
    }

    float width(String text, boolean strong, float size) throws IOException {
        float width = 0;
        for (Piece piece : pieces(text, strong)) {
            width += piece.font().getStringWidth(piece.text()) / 1000 * size;
        }
        return width;
    }

    private Optional<PDFont> fallback(int codePoint, String character) {
        return fallbackFor.computeIfAbsent(codePoint, ignored -> {
            loadFallbacks();
            return fallbacks.stream().filter(font -> canDraw(font, codePoint, character)).findFirst();
        });
    }

    private void loadFallbacks() {
        if (fallbacks.isEmpty() && !fallbackFiles.isEmpty()) {
            for (Path file : fallbackFiles) {
                if (file.toString().endsWith(".ttf")) { // a collection (.ttc) needs one of its fonts named
                    load(document, List.of(file.toString())).ifPresent(fallbacks::add);
                }
            }
        }
    }

    private boolean canDraw(PDFont font, int codePoint, String character) {
        return drawable.computeIfAbsent(font, ignored -> new HashMap<>())
                .computeIfAbsent(codePoint, ignored -> encodes(font, character));
    }

    private static boolean encodes(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static Optional<PDFont> load(PDDocument document, List<String> candidates) {
        for (String candidate : candidates) {
            Path file = Path.of(candidate);
            if (Files.isReadable(file)) {
                try {
                    return Optional.of(PDType0Font.load(document, file.toFile()));
                } catch (IOException | RuntimeException e) {
                    // a broken or unsupported font file: try the next one
                }
            }
        }
        return Optional.empty();
    }
}
