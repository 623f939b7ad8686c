package io.kumo.code.snippet;

import java.util.Objects;

/**
 * A piece of code to insert: typed as {@code prefix} then Tab, or chosen by name. The body may hold placeholders
 * {@code ${1:default}}, {@code $1} and the final caret {@code $0}; {@code \$} is a plain dollar.
 */
public record Snippet(String prefix, String name, String description, String body) {

    public Snippet {
        Objects.requireNonNull(body, "body");
        if (prefix == null || !prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("A snippet prefix is a word of letters, digits and _, not '" + prefix + "'");
        }
        name = name == null || name.isBlank() ? prefix : name;
        description = description == null ? "" : description;
    }
}
