package io.kumo.schedule.cron;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Parses the text of one field the way cronie's get_list / get_range / get_number do, with clearer errors. */
final class FieldParser {

    private static final long SUNDAYS = 1L | 1L << 7;
    // Longer digit strings cannot be valid values, and would overflow an int.
    private static final int MAX_DIGITS = 9;

    private FieldParser() {
    }

    static ParsedField parse(CronField field, String text) {
        List<FieldElement> elements = new ArrayList<>();
        long bits = 0;
        for (String part : text.split(",", -1)) {
            FieldElement element = parseElement(field, part, text);
            elements.add(element);
            bits |= element.bits();
        }
        if (field == CronField.DAY_OF_WEEK && (bits & SUNDAYS) != 0) {
            bits |= SUNDAYS;
        }
        return new ParsedField(field, text, elements, bits);
    }

    private static FieldElement parseElement(CronField field, String part, String text) {
        if (part.isEmpty()) {
            throw CronParseException.inField(field, "empty element in the list '" + text + "'");
        }
        int slash = part.indexOf('/');
        String base = slash < 0 ? part : part.substring(0, slash);
        String stepText = slash < 0 ? null : part.substring(slash + 1);

        if (base.equals("*")) {
            return FieldElement.wildcard(field, stepText == null ? 1 : parseStep(field, stepText));
        }
        if (base.startsWith("*")) {
            throw CronParseException.inField(field, "unexpected '" + base.substring(1) + "' after *");
        }
        int dash = base.indexOf('-', 1);
        if (dash < 0 || dash == base.length() - 1) {
            if (stepText != null) {
                throw CronParseException.inField(field, "a step (/" + stepText + ") must follow * or a range, as in */"
                        + stepText + " or " + field.min() + "-" + field.max() + "/" + stepText);
            }
            return FieldElement.single(parseValue(field, base));
        }
        int start = parseValue(field, base.substring(0, dash));
        int end = parseValue(field, base.substring(dash + 1));
        if (start > end) {
            throw CronParseException.inField(field, "range " + base + " runs backwards; the start must not be greater than the end");
        }
        return FieldElement.range(start, end, stepText == null ? 1 : parseStep(field, stepText));
    }

    private static int parseValue(CronField field, String token) {
        if (isDigits(token)) {
            if (token.length() > MAX_DIGITS || !inRange(field, Integer.parseInt(token))) {
                throw CronParseException.inField(field, token + " is outside " + field.min() + "-" + field.max());
            }
            return Integer.parseInt(token);
        }
        OptionalInt named = field.valueOfName(token);
        if (named.isPresent()) {
            return named.getAsInt();
        }
        String expected = field.hasNames() ? "a number or a " + field.nameKind() : "a number";
        throw CronParseException.inField(field, "'" + token + "' is not " + expected);
    }

    private static int parseStep(CronField field, String text) {
        if (!isDigits(text)) {
            throw CronParseException.inField(field, "step '" + text + "' is not a number");
        }
        // cronie (entry.c, get_range) refuses a step wider than the field, e.g. /61 for minutes: it would only ever
        // select the start, which is almost always a typo
        int widest = field.max() - field.min() + 1;
        long step = text.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(text);
        if (step < 1) {
            throw CronParseException.inField(field, "step must be at least 1, got /" + text);
        }
        if (step > widest) {
            throw CronParseException.inField(field, "step /" + text + " is wider than the field (at most /" + widest + ")");
        }
        return (int) step;
    }

    private static boolean inRange(CronField field, int value) {
        return value >= field.min() && value <= field.max();
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
