package io.kumo.code.edit;

import java.util.List;

/**
 * What an edit at every caret does: the replacements, in ascending order and not overlapping, each with offsets in
 * the text before the edit (apply them last to first), and the carets after it.
 */
public record MultiEdit(List<Replacement> replacements, List<CaretRange> carets) {

    public MultiEdit {
        replacements = List.copyOf(replacements);
        carets = List.copyOf(carets);
    }

    /** The text after the edit, for callers (and tests) that hold the whole text. */
    public String applyTo(String text) {
        StringBuilder result = new StringBuilder(text);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement replacement = replacements.get(i);
            result.replace(replacement.start(), replacement.end(), replacement.text());
        }
        return result.toString();
    }
}
