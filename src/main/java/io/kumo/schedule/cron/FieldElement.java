package io.kumo.schedule.cron;

/**
 * One comma-separated element of a field: {@code N}, {@code N-M}, {@code *}, optionally with a {@code /step}.
 * A wildcard spans the whole field range.
 */
record FieldElement(int start, int end, int step, boolean wildcard) {

    static FieldElement single(int value) {
        return new FieldElement(value, value, 1, false);
    }

    static FieldElement range(int start, int end, int step) {
        return new FieldElement(start, end, step, false);
    }

    static FieldElement wildcard(CronField field, int step) {
        return new FieldElement(field.min(), field.max(), step, true);
    }

    boolean isSingleValue() {
        return !wildcard && start == end;
    }

    /** The values this element selects, bit {@code v} standing for value {@code v}. */
    long bits() {
        long bits = 0;
        for (long value = start; value <= end; value += step) {
            bits |= 1L << value;
        }
        return bits;
    }
}
