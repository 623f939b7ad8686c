package io.kumo.alerts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a channel can be told about. The word is how the CLI, the rules column and the delivery log write it. */
public enum EventKind {
    FAILURE("failure"),
    TIMEOUT("timeout"),
    RECOVERY("recovery"),
    SUCCESS("success"),
    MISSED("missed"),
    LONG_RUN("long"),
    FAILURES_IN_ROW("streak"),
    /** A failure whose error (its fingerprint) no run had before. */
    NEW_ERROR("new-error"),
    /** Messages the storm guard or quiet hours held back, summed up in one. */
    DIGEST("digest"),
    /** "Send test": bypasses rules, quiet hours and the storm guard. */
    TEST("test");

    /** What a new channel is told unless the user says otherwise. */
    public static final Set<EventKind> DEFAULTS = Set.copyOf(EnumSet.of(FAILURE, TIMEOUT, RECOVERY));
    /** The events a rule may ask for (digest and test are Kumo's own). */
    public static final Set<EventKind> SUBSCRIBABLE = Set.copyOf(EnumSet.of(FAILURE, TIMEOUT, RECOVERY, SUCCESS, MISSED, LONG_RUN, FAILURES_IN_ROW,
            NEW_ERROR));

    private final String word;

    EventKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** "failure,timeout" → {FAILURE, TIMEOUT}; blank → none; an unknown word is refused with the list of known ones. */
    public static Set<EventKind> parseList(String words) {
        Set<EventKind> events = EnumSet.noneOf(EventKind.class);
        if (words == null || words.isBlank()) {
            return events;
        }
        for (String word : words.split(",")) {
            String wanted = word.strip().toLowerCase(Locale.ROOT);
            events.add(Arrays.stream(values()).filter(kind -> SUBSCRIBABLE.contains(kind) && kind.word.equals(wanted)).findFirst()
                    .orElseThrow(() -> new io.kumo.common.ValidationException("Unknown event '" + word.strip() + "'; use "
                            + SUBSCRIBABLE.stream().sorted().map(EventKind::word).collect(Collectors.joining(", ")))));
        }
        return events;
    }

    /** The inverse of {@link #parseList}, in a stable order. */
    public static String words(Set<EventKind> events) {
        return events.stream().sorted().map(EventKind::word).collect(Collectors.joining(","));
    }
}
