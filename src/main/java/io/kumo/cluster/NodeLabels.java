package io.kumo.cluster;

import io.kumo.common.ValidationException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Node labels ({@code --labels gpu,eu}) and a task's required labels ({@code --on-label gpu}): lower-case words of
 * letters, digits and {@code . _ -}, stored comma-separated in sorted order. A task runs only on a node carrying all its
 * labels.
 */
public final class NodeLabels {

    public static final int MAX_LABELS = 20;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

    private NodeLabels() {
    }

    /**
     * Reads labels separated by commas (and spaces), lower-casing them.
     *
     * @throws ValidationException naming the first label that is not valid, or too many labels
     */
    public static Set<String> parse(String text) {
        Set<String> labels = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return labels;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String label = part.toLowerCase(java.util.Locale.ROOT);
            if (!LABEL.matcher(label).matches()) {
                throw new ValidationException("label '" + part + "' is not valid: 1-50 letters, digits and . _ -, "
                        + "starting with a letter or digit");
            }
            labels.add(label);
        }
        if (labels.size() > MAX_LABELS) {
            throw new ValidationException("at most " + MAX_LABELS + " labels, not " + labels.size());
        }
        return labels;
    }

    /** Stored form: sorted, comma-separated; null for none. */
    public static String format(Set<String> labels) {
        return labels == null || labels.isEmpty() ? null : String.join(",", new TreeSet<>(labels));
    }

    /** The stored form read back, never failing on an odd stored value (it is skipped). */
    public static Set<String> read(String stored) {
        Set<String> labels = new TreeSet<>();
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(String::strip).filter(label -> LABEL.matcher(label).matches())
                    .forEach(labels::add);
        }
        return labels;
    }

    /** The labels of {@code required} that {@code carried} lacks, sorted. */
    public static Set<String> missing(Set<String> required, Set<String> carried) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(carried);
        return missing;
    }
}
