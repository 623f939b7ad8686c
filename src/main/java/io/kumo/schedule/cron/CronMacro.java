package io.kumo.schedule.cron;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code @} shortcuts of crontab(5), each standing for a five-field expression (except {@code @reboot}). */
enum CronMacro {
    REBOOT(null, "reboot"),
    YEARLY("0 0 1 1 *", "yearly", "annually"),
    MONTHLY("0 0 1 * *", "monthly"),
    WEEKLY("0 0 * * 0", "weekly"),
    DAILY("0 0 * * *", "daily", "midnight"),
    HOURLY("0 * * * *", "hourly");

    private final String expansion;
    private final List<String> names;

    CronMacro(String expansion, String... names) {
        this.expansion = expansion;
        this.names = List.of(names);
    }

    /** The macro for a word such as "@daily"; case-sensitive as in crontab(5) and cronie, so "@DAILY" is none. */
    static Optional<CronMacro> named(String word) {
        String name = word.startsWith("@") ? word.substring(1) : "";
        return Arrays.stream(values()).filter(macro -> macro.names.contains(name)).findFirst();
    }

    /** "@daily" for "@DAILY": the macro a word names in another case, which cron does not accept. */
    static Optional<String> lowerCaseOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals(word) ? Optional.empty() : named(lower).map(macro -> lower);
    }

    static String allNames() {
        return Arrays.stream(values()).flatMap(macro -> macro.names.stream()).map(name -> "@" + name)
                .collect(Collectors.joining(", "));
    }

    /** The equivalent five fields; empty for {@code @reboot}, which has no time. */
    Optional<String> expansion() {
        return Optional.ofNullable(expansion);
    }
}
