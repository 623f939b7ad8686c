package io.kumo.reports;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: quoted fields with doubled quotes and line breaks, CRLF between records. */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char quoted = text.charAt(i);
                    if (quoted == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (quoted == '"') {
                        i++;
                        break;
                    } else {
                        field.append(quoted);
                        i++;
                    }
                }
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(fields));
                fields.clear();
                i += 2;
            } else if (ch == '\n' || ch == '\r') {
                throw new IllegalArgumentException("a bare line break at " + i);
            } else {
                field.append(ch);
                i++;
            }
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }
}
