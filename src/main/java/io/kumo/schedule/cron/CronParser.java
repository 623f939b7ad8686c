package io.kumo.schedule.cron;

import java.util.Optional;

/** Splits an expression into its five fields, or expands an {@code @} macro first. */
final class CronParser {

    private static final String FIELD_NAMES = "minute hour day-of-month month day-of-week";

    private CronParser() {
    }

    /** The schedule of a trimmed expression; empty for {@code @reboot}. */
    static Optional<CronSchedule> parse(String text) {
        if (text.isBlank()) {
            throw new CronParseException("cron expression is empty");
        }
        String[] words = text.strip().split("\\s+");
        if (words[0].startsWith("@")) {
            return parseMacro(words);
        }
        if (words.length != 5) {
            throw new CronParseException("expected 5 fields (" + FIELD_NAMES + "), got " + words.length);
        }
        return Optional.of(new CronSchedule(
                FieldParser.parse(CronField.MINUTE, words[0]),
                FieldParser.parse(CronField.HOUR, words[1]),
                FieldParser.parse(CronField.DAY_OF_MONTH, words[2]),
                FieldParser.parse(CronField.MONTH, words[3]),
                FieldParser.parse(CronField.DAY_OF_WEEK, words[4])));
    }

    private static Optional<CronSchedule> parseMacro(String[] words) {
        CronMacro macro = CronMacro.named(words[0]).orElseThrow(() -> new CronParseException("unknown macro '"
                + words[0] + "'" + CronMacro.lowerCaseOf(words[0]).map(lower -> " (macros are lower case: " + lower + ")")
                .orElse("") + "; expected one of " + CronMacro.allNames()));
        if (words.length > 1) {
            throw new CronParseException(words[0] + " stands alone, but it is followed by '" + words[1] + "'");
        }
        return macro.expansion().flatMap(CronParser::parse);
    }
}
