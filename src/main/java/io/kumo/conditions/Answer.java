package io.kumo.conditions;

/** What the computer says about one part of its state: yes, no, or it cannot tell. */
public enum Answer {
    YES, NO, UNKNOWN;

    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
