package io.kumo.service;

import io.kumo.common.ValidationException;

/**
 * The task name rule: 1 to 100 letters, digits, spaces and {@code . _ -}, not starting or ending with a space, and not
 * {@code .} or {@code ..}. A name is shown in lists, logs and terminals and names the task's output folder, so it
 * holds no line breaks, control or escape characters, and no path separators.
 */
public final class TaskNames {

    static final String RULE = "use 1-" + TaskRules.NAME_MAX
            + " letters, digits, spaces and . _ -, not starting or ending with a space";

    private TaskNames() {
    }

    public static void check(String name) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException("name: must not be empty");
        }
        if (name.length() > TaskRules.NAME_MAX) {
            throw new ValidationException("name: at most " + TaskRules.NAME_MAX + " characters (this one has " + name.length() + ")");
        }
        String shown = "'" + escaped(name) + "'";
        if (name.codePoints().anyMatch(TaskNames::isControl)) {
            throw new ValidationException("name: " + shown + " has a line break or control character; " + RULE);
        }
        name.codePoints().filter(c -> !allowed(c)).findFirst().ifPresent(c -> {
            throw new ValidationException("name: " + shown + " has '" + Character.toString(c) + "'; " + RULE);
        });
        if (name.equals(".") || name.equals("..")) {
            throw new ValidationException("name: " + shown + " is not a name; " + RULE);
        }
        if (!name.equals(name.strip())) {
            throw new ValidationException("name: " + shown + " starts or ends with a space; " + RULE);
        }
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-';
    }

    /** C0/C1 controls and invisible format characters (such as a right-to-left override). */
    private static boolean isControl(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029';
    }

    /** The name with its control characters written as escapes, safe to print on one line. */
    static String escaped(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (isControl(c)) {
                        text.append(String.format("\\u%04x", c));
                    } else {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.toString();
    }
}
