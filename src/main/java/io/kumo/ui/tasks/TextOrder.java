package io.kumo.ui.tasks;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The order TableColumn sorts text in by default (the default locale's {@link Collator}, nulls first), with each
 * string's collation key made once: the default comparator fetched a Collator and compared through it on each of the
 * ~280,000 comparisons that sorting 10,000 rows takes, again after every refresh and filter change. FX thread only.
 */
final class TextOrder implements Comparator<String> {

    /** Beyond this many distinct strings the keys are made again. */
    private static final int LIMIT = 100_000;

    private final Collator collator = Collator.getInstance();
    private final Map<String, CollationKey> keys = new HashMap<>();

    @Override
    public int compare(String first, String second) {
        if (first == null || second == null) {
            return first == null ? (second == null ? 0 : -1) : 1;
        }
        return key(first).compareTo(key(second));
    }

    private CollationKey key(String text) {
        if (keys.size() > LIMIT) {
            keys.clear();
        }
        return keys.computeIfAbsent(text, collator::getCollationKey);
    }
}
