package io.kumo.code.edit;

/** Replace the text between {@code start} and {@code end} (offsets in the text before the edit) with {@code text}. */
public record Replacement(int start, int end, String text) {
}
