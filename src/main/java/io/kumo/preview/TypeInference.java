package io.kumo.preview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Infers each column's type from sample rows: empty values say nothing; one value that fits no narrower type makes it text. */
public final class TypeInference {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private TypeInference() {
    }

    public static List<Column> columns(List<String> names, List<List<String>> sample) {
        List<Column> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            columns.add(new Column(names.get(i), typeOf(sample.stream().map(row -> index < row.size() ? row.get(index) : null).toList())));
        }
        return columns;
    }

    public static ColumnType typeOf(List<String> values) {
        ColumnType type = null;
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            ColumnType one = typeOf(value.strip());
            type = type == null ? one : widen(type, one);
            if (type == ColumnType.TEXT) {
                return type;
            }
        }
        return type == null ? ColumnType.TEXT : type;
    }

    private static ColumnType widen(ColumnType a, ColumnType b) {
        if (a == b) {
            return a;
        }
        if (numeric(a) && numeric(b)) {
            return ColumnType.DECIMAL;
        }
        if ((a == ColumnType.DATE && b == ColumnType.DATETIME) || (a == ColumnType.DATETIME && b == ColumnType.DATE)) {
            return ColumnType.DATETIME;
        }
        return ColumnType.TEXT;
    }

    private static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
    }

    static ColumnType typeOf(String value) {
        if (INTEGER.matcher(value).matches()) {
            return ColumnType.INTEGER;
        }
        if (DECIMAL.matcher(value).matches()) {
            return ColumnType.DECIMAL;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return ColumnType.BOOLEAN;
        }
        if (value.length() == 10 && parses(() -> LocalDate.parse(value))) {
            return ColumnType.DATE;
        }
        if (value.length() >= 16 && (parses(() -> LocalDateTime.parse(value.replace(' ', 'T')))
                || parses(() -> OffsetDateTime.parse(value.replace(' ', 'T'))))) {
            return ColumnType.DATETIME;
        }
        return ColumnType.TEXT;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
