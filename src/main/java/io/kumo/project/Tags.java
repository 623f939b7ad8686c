package io.kumo.project;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Tags as typed ("etl, Nightly ,etl") to their stored form: trimmed, lower case, no duplicates, in order. */
public final class Tags {

    private Tags() {
    }

    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
