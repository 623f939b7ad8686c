package io.kumo.insights.errors;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An error line without what changes from one run to the next, so that the same failure gives the same fingerprint:
 * quoted strings become {@code '…'}, UUIDs {@code <uuid>}, timestamps {@code <time>}, temporary paths {@code <tmp>},
 * hex ids {@code X} and numbers {@code N}. Order matters: a UUID or a timestamp is made of numbers.
 */
public final class ErrorLineNormalizer {

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("'[^']*'|\"[^\"]*\""), "'…'"),
            new Rule(Pattern.compile("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"), "<uuid>"),
            new Rule(Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"), "<time>"),
            new Rule(Pattern.compile("\\b\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\b"), "<time>"),
            new Rule(Pattern.compile("(?:/tmp|/var/tmp|/var/folders|/private/var/folders|/dev/shm)/\\S*|(?i)[a-z]:\\\\[^\\s]*\\\\temp\\\\\\S*"), "<tmp>"),
            new Rule(Pattern.compile("(?i)\\b0x[0-9a-f]+\\b|\\b(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\\b"), "X"),
            new Rule(Pattern.compile("\\d+(?:\\.\\d+)?"), "N"));

    private ErrorLineNormalizer() {
    }

    public static String normalize(String line) {
        String text = line.strip();
        for (Rule rule : RULES) {
            text = rule.pattern().matcher(text).replaceAll(rule.replacement());
        }
        return text.replaceAll("\\s+", " ");
    }
}
