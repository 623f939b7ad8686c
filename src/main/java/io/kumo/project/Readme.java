package io.kumo.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A project's README as a web page: found in the project folder (README.md, README.markdown, readme.md, any case),
 * rendered with commonmark and GitHub tables, with the folder as the base so relative images load. Raw HTML in the
 * Markdown is kept (READMEs use it for centred logos) and {@code javascript:} links are dropped; the view that shows
 * the page must run no scripts.
 */
public final class Readme {

    private static final List<String> NAMES = List.of("readme.md", "readme.markdown");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    private Readme() {
    }

    /** The project's README file, preferring README.md; empty when it has none. Reads the folder: not on the FX thread. */
    public static Optional<Path> find(Path folder) {
        for (String preferred : List.of("README.md", "README.markdown", "readme.md")) {
            if (Files.isRegularFile(folder.resolve(preferred))) {
                return Optional.of(folder.resolve(preferred));
            }
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> NAMES.contains(path.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look for a README in " + folder, e);
        }
    }

    /** A whole HTML page for the Markdown, styled for the light or the dark theme. */
    public static String page(String markdown, Path folder, boolean dark) {
        String body = HTML.render(PARSER.parse(markdown));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<base href=\"" + escape(folder.toUri().toString()) + "\">"
                + "<style>" + css(dark) + "</style></head><body>" + body + "</body></html>";
    }

    private static String css(boolean dark) {
        String text = dark ? "#e6edf3" : "#1f2328";
        String background = dark ? "#0d1117" : "#ffffff";
        String muted = dark ? "#30363d" : "#d1d9e0";
        String code = dark ? "#151b23" : "#f6f8fa";
        String link = dark ? "#4493f8" : "#0969da";
        return "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;line-height:1.5;margin:16px 24px;"
                + "color:" + text + ";background:" + background + "}"
                + "a{color:" + link + ";text-decoration:none}a:hover{text-decoration:underline}"
                + "h1,h2{border-bottom:1px solid " + muted + ";padding-bottom:.3em}"
                + "code,pre{font-family:monospace;background:" + code + ";border-radius:6px}code{padding:.2em .4em}"
                + "pre{padding:12px;overflow:auto}pre code{padding:0}"
                + "table{border-collapse:collapse}th,td{border:1px solid " + muted + ";padding:6px 13px}"
                + "blockquote{margin:0;padding:0 1em;border-left:.25em solid " + muted + "}img{max-width:100%}";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
