package io.kumo.common;

/**
 * The rule for the names people give things (tasks, workflows): 1 to {@code max} letters, digits, spaces and
 * {@code . _ -}, not starting or ending with a space, and not {@code .} or {@code ..}. A name is shown in lists, logs
 * and terminals and may name a folder, so it holds no line breaks, control or escape characters, and no path
 * separators.
 */
public final class NameRule {

    private NameRule() {
    }

    /** What the rule asks for, to end a message with. */
    public static String rule(int max) {
        return "use 1-" + max + " letters, digits, spaces and . _ -, not starting or ending with a space";
    }

    /** @throws ValidationException "name: ..." saying what is wrong */
    public static void check(String name, int max) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException("name: must not be empty");
        }
        if (name.length() > max) {
            throw new ValidationException("name: at most " + max + " characters (this one has " + name.length() + ")");
        }
        String shown = "'" + escaped(name) + "'";
        if (name.codePoints().anyMatch(NameRule::isControl)) {
            throw new ValidationException("name: " + shown + " has a line break or control character; " + rule(max));
        }
        name.codePoints().filter(c -> !allowed(c)).findFirst().ifPresent(c -> {
            throw new ValidationException("name: " + shown + " has '" + Character.toString(c) + "'; " + rule(max));
        });
        if (name.equals(".") || name.equals("..")) {
            throw new ValidationException("name: " + shown + " is not a name; " + rule(max));
        }
        if (!name.equals(name.strip())) {
            throw new ValidationException("name: " + shown + " starts or ends with a space; " + rule(max));
        }
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-';
    }

    /** C0/C1 controls and invisible format characters (such as a right-to-left override). */
    public static boolean isControl(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029';
    }

    /** The name with its control characters written as escapes, safe to print on one line. */
    public static String escaped(String name) {
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
