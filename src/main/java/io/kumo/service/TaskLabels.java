package io.kumo.service;

import io.kumo.common.ValidationException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The labels a task asks of the node that runs it ({@code --on-label gpu}, the API's {@code node_labels}): the rules of
 * {@code io.kumo.cluster.NodeLabels}, which this package may not use (the cluster's services depend on the engine,
 * which depends on this package); {@code TaskLabelsTest} holds the two to the same rules. Stored sorted and
 * comma-separated, null for none.
 */
public final class TaskLabels {

    public static final int MAX_LABELS = 20;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

    private TaskLabels() {
    }

    /**
     * The stored form of labels as given: each value may hold several, separated by commas or spaces; lower-cased.
     * Nothing but blanks: null (no labels).
     *
     * @throws ValidationException naming the first label that is not valid, or too many
     */
    public static String normalize(Collection<String> given) {
        Set<String> labels = new TreeSet<>();
        for (String value : given) {
            for (String part : (value == null ? "" : value).split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String label = part.toLowerCase(Locale.ROOT);
                if (!LABEL.matcher(label).matches()) {
                    throw new ValidationException("on-label: label '" + part + "' is not valid: 1-50 letters, digits and "
                            + ". _ -, starting with a letter or digit");
                }
                labels.add(label);
            }
        }
        if (labels.size() > MAX_LABELS) {
            throw new ValidationException("on-label: at most " + MAX_LABELS + " labels, not " + labels.size());
        }
        return labels.isEmpty() ? null : String.join(",", labels);
    }

    /** Checks a stored value as a save brings it (from the editor, say): the same rules. */
    static void check(String stored) {
        if (stored != null) {
            String normalized = normalize(java.util.List.of(stored));
            if (!stored.equals(normalized)) {
                throw new ValidationException("on-label: '" + stored + "' is not in stored form (sorted, lower-case, "
                        + "comma-separated: " + normalized + ")");
            }
        }
    }
}
