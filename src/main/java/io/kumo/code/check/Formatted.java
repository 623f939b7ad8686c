package io.kumo.code.check;

/** A formatter's answer: the new text and which formatter wrote it. */
public record Formatted(String text, String formatter, boolean changed) {
}
