package io.kumo.crontab;

import io.kumo.schedule.cron.CronExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a user crontab (crontab(5), as {@code crontab -l} prints it): comments and blank lines are skipped,
 * {@code NAME=value} lines set variables for the lines after them, and every other line is a schedule (five fields or
 * an {@code @} macro) and a command. Lines Kumo cannot run as they are get an error instead of being dropped: an
 * invalid schedule, a missing command, or an unescaped {@code %} (cron feeds what follows to the command's stdin).
 */
public final class CrontabParser {

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");
    private static final Pattern MACRO_LINE = Pattern.compile("^\\s*(@\\w+)\\s*(.*)$");
    private static final Pattern FIELDS_LINE = Pattern.compile("^\\s*(\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+)\\s*(.*)$");
    /** Room for "-<line>" and a numbered suffix within a task name's 100 characters. */
    private static final int MAX_NAME_BASE = 80;
    private static final Set<String> CRON_ONLY_VARIABLES = Set.of("MAILTO", "MAILFROM", "CRON_TZ", "RANDOM_DELAY");

    public List<CrontabEntry> parse(String text) {
        List<CrontabEntry> entries = new ArrayList<>();
        Map<String, String> variables = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (assignment.matches() && !trimmed.startsWith("@")) {
                variables.put(assignment.group(1), unquote(assignment.group(2).strip()));
                continue;
            }
            entries.add(entry(i + 1, line, variables, names));
        }
        return entries;
    }

    private static CrontabEntry entry(int number, String line, Map<String, String> variables, Set<String> names) {
        Matcher macro = MACRO_LINE.matcher(line);
        Matcher fields = FIELDS_LINE.matcher(line);
        String schedule;
        String command;
        if (macro.matches()) {
            schedule = macro.group(1);
            command = macro.group(2).strip();
        } else if (fields.matches()) {
            schedule = fields.group(1).replaceAll("\\s+", " ");
            command = fields.group(2).strip();
        } else {
            return new CrontabEntry(number, line, null, null, Map.of(), null,
                    "line " + number + ": a schedule needs five fields or an @ macro, then a command");
        }
        Map<String, String> taskVariables = new LinkedHashMap<>(variables);
        CRON_ONLY_VARIABLES.forEach(taskVariables::remove);
        String error = null;
        try {
            CronExpression.parse(schedule);
        } catch (RuntimeException e) {
            error = "line " + number + ": " + e.getMessage();
        }
        if (error == null && command.isEmpty()) {
            error = "line " + number + ": no command after the schedule";
        }
        if (error == null && hasUnescapedPercent(command)) {
            error = "line " + number + ": '%' sends the rest of the line to the command's standard input, "
                    + "which a Kumo task cannot do; write it as \\% if you meant a percent sign";
        }
        String runnable = command.replace("\\%", "%");
        return new CrontabEntry(number, line, schedule, runnable, Map.copyOf(taskVariables),
                error == null ? uniqueName(runnable, number, names) : null, error);
    }

    /** {@code backup-3} from {@code /usr/local/bin/backup.sh --all} on line 3. */
    private static String uniqueName(String command, int number, Set<String> names) {
        String first = command.split("\\s+")[0];
        if (first.equals("cd") || first.startsWith("python")) {
            String[] words = command.split("\\s+");
            for (String word : words) {
                if (word.endsWith(".py") || word.endsWith(".sh")) {
                    first = word;
                    break;
                }
            }
        }
        String base = first.substring(first.lastIndexOf('/') + 1).replaceAll("\\.(py|sh)$", "")
                .replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
        if (base.length() > MAX_NAME_BASE) {
            base = base.substring(0, MAX_NAME_BASE);
        }
        String name = (base.isBlank() ? "cron" : base) + "-" + number;
        while (!names.add(name)) {
            name = name + "x";
        }
        return name;
    }

    private static boolean hasUnescapedPercent(String command) {
        for (int i = 0; i < command.length(); i++) {
            if (command.charAt(i) == '%' && (i == 0 || command.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
