package io.kumo.code.snippet;

import java.util.List;

/**
 * A snippet's body ready to insert: the text, and its tab stops in the order Tab visits them (1, 2, ... then 0,
 * the final caret), as offsets into {@code text}.
 */
public record Expansion(String text, List<TabStop> stops) {

    public Expansion {
        stops = List.copyOf(stops);
    }

    /** One placeholder: Tab selects {@code start..end} (its default text), or puts the caret there when empty. */
    public record TabStop(int number, int start, int end) {
    }

    /** The same expansion with every stop moved {@code by} characters (where it landed in the document). */
    public Expansion shifted(int by) {
        return new Expansion(text, stops.stream().map(stop -> new TabStop(stop.number(), stop.start() + by, stop.end() + by)).toList());
    }
}
