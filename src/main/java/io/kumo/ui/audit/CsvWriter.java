package io.kumo.ui.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: records end with CRLF; a field holding a comma, a double quote, CR or LF is put in
 * double quotes, and its double quotes are doubled. {@code null} is written as an empty field.
 */
public final class CsvWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter row(List<String> fields) {
        try {
            out.write(line(fields));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record with its CRLF. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
