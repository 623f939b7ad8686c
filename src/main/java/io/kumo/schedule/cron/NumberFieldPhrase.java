package io.kumo.schedule.cron;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a numeric field from its elements as written, e.g. "minute 5 and 35", "hour 8 through 17",
 * "every 2nd hour" or "every 10th day of the month from 1 through 20".
 */
enum NumberFieldPhrase {
    MINUTE("minute", ""),
    HOUR("hour", ""),
    DAY("day", " of the month");

    private final String noun;
    private final String suffix;

    NumberFieldPhrase(String noun, String suffix) {
        this.noun = noun;
        this.suffix = suffix;
    }

    String describe(ParsedField field) {
        List<String> plain = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (FieldElement element : field.elements()) {
            if (element.wildcard() || element.step() > 1) {
                groups.add(stepped(element));
            } else {
                plain.add(element.isSingleValue() ? String.valueOf(element.start()) : element.start() + " through " + element.end());
            }
        }
        if (!plain.isEmpty()) {
            groups.addFirst(noun + " " + Wording.join(plain, "and") + suffix);
        }
        return String.join(", and ", groups);
    }

    private String stepped(FieldElement element) {
        String every = element.step() == 1 ? "every " + noun : "every " + Wording.ordinal(element.step()) + " " + noun;
        String range = element.wildcard() ? "" : " from " + element.start() + " through " + element.end();
        return every + suffix + range;
    }
}
