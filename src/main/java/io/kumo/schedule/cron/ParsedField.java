package io.kumo.schedule.cron;

import java.util.ArrayList;
import java.util.List;

/** A parsed field: the elements as written and the set of values they allow, as a bit set indexed by value. */
final class ParsedField {

    private final CronField field;
    private final String text;
    private final List<FieldElement> elements;
    private final long bits;

    ParsedField(CronField field, String text, List<FieldElement> elements, long bits) {
        this.field = field;
        this.text = text;
        this.elements = List.copyOf(elements);
        this.bits = bits;
    }

    CronField field() {
        return field;
    }

    String text() {
        return text;
    }

    List<FieldElement> elements() {
        return elements;
    }

    /** cronie's MIN_STAR, HR_STAR, DOM_STAR and DOW_STAR flags: set whenever the text starts with '*', even "*&#47;10". */
    boolean startsWithStar() {
        return text.startsWith("*");
    }

    boolean contains(int value) {
        return value >= 0 && value < Long.SIZE && (bits >>> value & 1L) != 0;
    }

    /** The smallest allowed value that is at least {@code from}, or -1 if there is none. */
    int nextAtOrAfter(int from) {
        if (from >= Long.SIZE) {
            return -1;
        }
        long candidates = bits & (-1L << Math.max(from, 0));
        return candidates == 0 ? -1 : Long.numberOfTrailingZeros(candidates);
    }

    int first() {
        return Long.numberOfTrailingZeros(bits);
    }

    boolean coversEveryValue() {
        long all = (-1L >>> (Long.SIZE - 1 - field.max())) & (-1L << field.min());
        return (bits & all) == all;
    }

    /** The allowed values in ascending order. */
    List<Integer> values() {
        List<Integer> values = new ArrayList<>();
        for (int value = nextAtOrAfter(0); value >= 0; value = nextAtOrAfter(value + 1)) {
            values.add(value);
        }
        return values;
    }

    @Override
    public String toString() {
        return field.label() + " " + text + " " + values();
    }
}
