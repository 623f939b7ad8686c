package io.kumo.ui.preview;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of rows loaded so far (the least recently used dropped past a bound), those being loaded, and those that
 * failed (not asked for again until the table changes or the user retries). FX thread only.
 */
final class PageCache {

    static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 64;

    private final Map<Long, List<List<String>>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<List<String>>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Long> loading = new HashSet<>();
    private final Set<Long> failed = new HashSet<>();

    /** The row when its page is here; else empty. */
    Optional<List<String>> row(long index) {
        List<List<String>> page = pages.get(index / PAGE_SIZE);
        int at = (int) (index % PAGE_SIZE);
        return page == null || at >= page.size() ? Optional.empty() : Optional.of(page.get(at));
    }

    /** Whether the page should be loaded now (neither here, on its way, nor failed); marks it on its way. */
    boolean startLoading(long page) {
        return !pages.containsKey(page) && !failed.contains(page) && loading.add(page);
    }

    void loaded(long page, List<List<String>> rows) {
        loading.remove(page);
        pages.put(page, rows);
    }

    void failed(long page) {
        loading.remove(page);
        failed.add(page);
    }

    boolean hasFailed() {
        return !failed.isEmpty();
    }

    /** The failed pages may be asked for again. */
    void retryFailed() {
        failed.clear();
    }

    void clear() {
        pages.clear();
        loading.clear();
        failed.clear();
    }
}
