package io.kumo.schedule.cron;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Small English helpers for descriptions. */
final class Wording {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");
    private static final int SHORTEST_RUN = 3;

    private Wording() {
    }

    static String monthName(int month) {
        return MONTHS.get(month - 1);
    }

    static String weekdayName(int dayOfWeek) {
        return WEEKDAYS.get(dayOfWeek);
    }

    /** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** "a", "a and b", "a, b and c" (or with "or"). */
    static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.getLast();
    }

    static String clockTime(int hour, int minute) {
        return "%02d:%02d".formatted(hour, minute);
    }

    /** Names sorted values, folding three or more consecutive ones into "first through last". */
    static List<String> runs(List<Integer> sortedValues, IntFunction<String> name) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sortedValues.size()) {
            int j = i;
            while (j + 1 < sortedValues.size() && sortedValues.get(j + 1) == sortedValues.get(j) + 1) {
                j++;
            }
            if (j - i + 1 >= SHORTEST_RUN) {
                parts.add(name.apply(sortedValues.get(i)) + " through " + name.apply(sortedValues.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(name.apply(sortedValues.get(k)));
                }
            }
            i = j + 1;
        }
        return parts;
    }
}
