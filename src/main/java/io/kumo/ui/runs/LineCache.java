package io.kumo.ui.runs;

import io.kumo.logs.IndexedLog;
import io.kumo.logs.LogLine;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines the log list shows, read from the {@link IndexedLog} a page of {@value #PAGE} lines at a time in the
 * background and kept for the last {@value #MAX_PAGES} pages used: scrolling a million-line log holds a few
 * thousand lines in memory, never the whole file. FX thread only; {@code onLoaded} runs there when a page arrives.
 */
final class LineCache {

    static final int PAGE = 512;
    static final int MAX_PAGES = 48;

    private final IndexedLog log;
    private final BackgroundExecutor background;
    private final Runnable onLoaded;
    private final Set<Integer> loading = new HashSet<>();
    private final Map<Integer, List<LogLine>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<LogLine>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private List<LogLine> tail = List.of();
    private int tailFrom;
    private boolean closed;

    LineCache(IndexedLog log, BackgroundExecutor background, Runnable onLoaded) {
        this.log = log;
        this.background = background;
        this.onLoaded = onLoaded;
    }

    /** The line, or null while its page is being read (the page is requested). */
    LogLine line(int number) {
        int page = (number - 1) / PAGE;
        List<LogLine> lines = pages.get(page);
        int offset = number - 1 - page * PAGE;
        if (lines != null && offset < lines.size()) {
            return lines.get(offset);
        }
        if (number >= tailFrom && number < tailFrom + tail.size()) {
            return tail.get(number - tailFrom);
        }
        request(page);
        return null;
    }

    private void request(int page) {
        if (closed || !loading.add(page)) {
            return;
        }
        background.run(() -> log.lines(page * PAGE + 1, PAGE), lines -> {
            loading.remove(page);
            if (!closed) {
                pages.put(page, lines);
                onLoaded.run();
            }
        }, error -> loading.remove(page));
    }

    /**
     * The log grew from {@code oldCount} lines: the page that held its last (maybe partial) line is read again, and
     * {@code newTail} (its last lines, read in the background with the new count) answers for the end at once, so a
     * followed log shows its newest lines without waiting for their page.
     */
    void grown(int oldCount, List<LogLine> newTail) {
        int from = Math.max(0, (oldCount - 1) / PAGE);
        pages.keySet().removeIf(page -> page >= from);
        tail = newTail;
        tailFrom = newTail.isEmpty() ? 0 : newTail.getFirst().number();
    }

    void close() {
        closed = true;
        pages.clear();
        tail = List.of();
    }
}
