package io.kumo.ui.tasks;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order TableColumn sorts text in by default (the default locale's {@link Collator}, nulls first), with each
 * string's collation key made once: the default comparator fetched a Collator and compared through it on each of the
 * ~280,000 comparisons that sorting 10,000 rows takes, again after every refresh and filter change. The table's
 * listing makes the keys of its texts in the background ({@link #prepare}), so sorting on the FX thread only looks
 * them up.
 */
final class TextOrder implements Comparator<String> {

    /** Beyond this many distinct strings the keys are made again. */
    private static final int LIMIT = 100_000;

    private final Collator collator = Collator.getInstance();
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    @Override
    public int compare(String first, String second) {
        if (first == null || second == null) {
            return first == null ? (second == null ? 0 : -1) : 1;
        }
        return key(first).compareTo(key(second));
    }

    /** Makes the keys of these texts ahead of a sort (any thread; nulls are skipped). */
    void prepare(String... texts) {
        for (String text : texts) {
            if (text != null) {
                key(text);
            }
        }
    }

    private CollationKey key(String text) {
        CollationKey key = keys.get(text);
        if (key == null) {
            if (keys.size() > LIMIT) {
                keys.clear();
            }
            key = make(text);
            keys.put(text, key);
        }
        return key;
    }

    /** A Collator is not thread-safe. */
    private synchronized CollationKey make(String text) {
        return collator.getCollationKey(text);
    }
}
