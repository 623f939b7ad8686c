package io.kumo.ui.runs;

import io.kumo.common.ValidationException;
import io.kumo.logs.IndexedLog;
import io.kumo.logs.LogLine;
import io.kumo.logs.LogSearch;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find within one log: the matching line numbers are collected in the background (a million lines in chunks), then
 * next/previous walk them and ask the viewer to jump. The pattern also drives the highlight of the matched text.
 */
final class LogFind {

    static final int MAX_HITS = 100_000;
    private static final int CHUNK = 20_000;

    private final BackgroundExecutor background;
    private final IntConsumer jump;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty();
    private final ObjectProperty<Pattern> highlight = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private int[] hits = new int[0];
    private int current = -1;
    private String searched;
    private volatile long generation;

    LogFind(BackgroundExecutor background, IntConsumer jump) {
        this.background = background;
        this.jump = jump;
        query.addListener((obs, old, now) -> forget());
        regex.addListener((obs, old, now) -> forget());
        caseSensitive.addListener((obs, old, now) -> forget());
    }

    private void forget() {
        generation++;
        searched = null;
        hits = new int[0];
        current = -1;
        highlight.set(null);
        status.set("");
    }

    /** The next hit after {@code fromLine} (searching first when the query changed). */
    void next(IndexedLog log, int lineCount, int fromLine) {
        step(log, lineCount, fromLine, true);
    }

    void previous(IndexedLog log, int lineCount, int fromLine) {
        step(log, lineCount, fromLine, false);
    }

    /** Searches (if needed) and jumps to the hit at or nearest after {@code line}: opening a run at a search hit. */
    void reveal(IndexedLog log, int lineCount, int line) {
        step(log, lineCount, line - 1, true);
    }

    private void step(IndexedLog log, int lineCount, int fromLine, boolean forward) {
        String text = query.get();
        if (log == null || text == null || text.isEmpty()) {
            return;
        }
        String key = text + '\u0000' + regex.get() + caseSensitive.get() + '\u0000' + lineCount;
        if (key.equals(searched)) {
            move(fromLine, forward);
            return;
        }
        Predicate<String> matcher;
        try {
            matcher = LogSearch.matcher(text, regex.get(), caseSensitive.get());
        } catch (ValidationException e) {
            status.set(e.getMessage().replaceFirst("^search: ", ""));
            return;
        }
        Pattern pattern = pattern(text, regex.get(), caseSensitive.get());
        long mine = ++generation;
        status.set("Searching…");
        background.run(() -> scan(log, lineCount, matcher, mine), found -> {
            if (mine != generation) {
                return;
            }
            hits = found;
            searched = key;
            highlight.set(pattern);
            current = -1;
            move(fromLine, forward);
        }, error -> status.set("Search failed: " + error.getMessage()));
    }

    private int[] scan(IndexedLog log, int count, Predicate<String> matcher, long mine) {
        int[] found = new int[256];
        int size = 0;
        for (int from = 1; from <= count && size < MAX_HITS && mine == generation; from += CHUNK) {
            List<LogLine> lines = log.lines(from, CHUNK);
            for (LogLine line : lines) {
                if (matcher.test(line.text())) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = line.number();
                    if (size >= MAX_HITS) {
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(found, size);
    }

    private void move(int fromLine, boolean forward) {
        if (hits.length == 0) {
            status.set("No match");
            return;
        }
        if (current >= 0 && current < hits.length && hits[current] == fromLine) {
            current = forward ? (current + 1) % hits.length : (current - 1 + hits.length) % hits.length;
        } else {
            int index = Arrays.binarySearch(hits, forward ? fromLine + 1 : fromLine - 1);
            if (index < 0) {
                int insertion = -index - 1;
                index = forward ? insertion % hits.length : (insertion - 1 + hits.length) % hits.length;
            }
            current = index;
        }
        status.set((current + 1) + " of " + RunFormat.number(hits.length) + (hits.length >= MAX_HITS ? "+" : ""));
        jump.accept(hits[current]);
    }

    boolean isHit(int line) {
        return hits.length > 0 && Arrays.binarySearch(hits, line) >= 0;
    }

    int currentLine() {
        return current >= 0 && current < hits.length ? hits[current] : -1;
    }

    static Pattern pattern(String text, boolean regex, boolean caseSensitive) {
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(regex ? text : Pattern.quote(text), flags);
    }

    void reset() {
        forget();
    }

    StringProperty queryProperty() { return query; }
    BooleanProperty regexProperty() { return regex; }
    BooleanProperty caseSensitiveProperty() { return caseSensitive; }
    ObjectProperty<Pattern> highlightProperty() { return highlight; }
    ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
