package io.kumo.alerts;

/** How a message looks: colour, emoji, ntfy priority, Apprise's JSON {@code type} (its word). */
public enum Severity {
    INFO("info"), SUCCESS("success"), WARNING("warning"), FAILURE("failure");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
