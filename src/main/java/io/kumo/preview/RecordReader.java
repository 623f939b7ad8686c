package io.kumo.preview;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimited records byte by byte (RFC 4180 with lenience): a quote opens a quoted field at the field's start,
 * {@code ""} inside one is a quote, and newlines inside quotes belong to the field. Blank lines are no records; a CR
 * outside quotes is dropped. Skipping and reading go through the same rules, so the record offsets an index finds by
 * skipping are where reading starts. UTF-8 and Latin-1 keep every ASCII byte as itself, so bytes are safe to scan.
 */
final class RecordReader {

    /** No quoting at all (JSON Lines: one record a line). */
    static final int NO_QUOTE = -1;
    /** No delimiter: the whole line is one field. */
    static final int NO_DELIMITER = -2;

    private final int delimiter;
    private final int quote;
    private final Charset charset;
    private byte[] field = new byte[256];
    private int length;

    RecordReader(int delimiter, int quote, Charset charset) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.charset = charset;
    }

    /** Reads the next record into {@code fields} (cleared first; null: skip it); false at the end of the file. */
    boolean next(ByteReader in, List<String> fields) throws IOException {
        if (fields != null) {
            fields.clear();
        }
        length = 0;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean justClosed = false;
        boolean any = false;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (!any) {
                    return false;
                }
                endField(fields);
                return true;
            }
            if (inQuotes) {
                if (b == quote) {
                    inQuotes = false;
                    justClosed = true;
                } else {
                    append(fields, b);
                }
                continue;
            }
            if (b == '\n') {
                if (!any) {
                    continue; // a blank line
                }
                endField(fields);
                return true;
            }
            if (b == '\r') {
                continue;
            }
            any = true;
            if (b == quote && (fieldStart || justClosed)) {
                if (justClosed) {
                    append(fields, b); // "" inside a quoted field
                }
                inQuotes = true;
                justClosed = false;
                fieldStart = false;
                continue;
            }
            justClosed = false;
            if (b == delimiter) {
                endField(fields);
                fieldStart = true;
                continue;
            }
            fieldStart = false;
            append(fields, b);
        }
    }

    private void append(List<String> fields, int b) {
        if (fields == null) {
            return;
        }
        if (length == field.length) {
            field = Arrays.copyOf(field, length * 2);
        }
        field[length++] = (byte) b;
    }

    private void endField(List<String> fields) {
        if (fields != null) {
            fields.add(new String(field, 0, length, charset));
        }
        length = 0;
    }
}
