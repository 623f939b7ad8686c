package io.kumo.logs;

/** One line of a run log: its number (from 1), the text without Kumo's marks, and which stream it came from. */
public record LogLine(int number, String text, Kind kind) {

    public enum Kind { STDOUT, STDERR, NOTICE }
}
