package io.kumo.ui.workflows.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Variables and parameters as the forms show them: one {@code KEY=VALUE} a line, in order. */
public final class KeyValueLines {

    private KeyValueLines() {
    }

    /** Blank lines are ignored; a line without {@code =} is a key with an empty value. */
    public static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            values.put(equals < 0 ? trimmed : trimmed.substring(0, equals).strip(),
                    equals < 0 ? "" : trimmed.substring(equals + 1).strip());
        }
        return values;
    }

    public static String format(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
    }
}
