package io.kumo.logs;

import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.supervisor.RunLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Searches run logs line by line, plain text or regular expression, stopping at a number of hits or when cancelled. */
public final class LogSearch {

    private static final int MAX_SHOWN = 500;

    private final Function<Run, Optional<Path>> logFiles;

    /** Searches the runs' own log files (one machine). */
    public LogSearch() {
        this(RunLogSource.local()::file);
    }

    /** @param logFiles the file to read for a run's log ({@link RunLogSource#file}: another node's log too) */
    public LogSearch(Function<Run, Optional<Path>> logFiles) {
        this.logFiles = logFiles;
    }

    /** A matching line: which run, which line (1-based, as in {@link IndexedLog}), and its text. */
    public record Hit(Run run, int lineNumber, String text) {
    }

    /**
     * @throws ValidationException for an empty query or an invalid regular expression
     */
    public static Predicate<String> matcher(String query, boolean regex, boolean caseSensitive) {
        if (query == null || query.isEmpty()) {
            throw new ValidationException("search: type something to look for");
        }
        if (regex) {
            try {
                Pattern pattern = Pattern.compile(query, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                return line -> pattern.matcher(line).find();
            } catch (PatternSyntaxException e) {
                throw new ValidationException("search: invalid regular expression: " + e.getDescription()
                        + " near position " + e.getIndex());
            }
        }
        if (caseSensitive) {
            return line -> line.contains(query);
        }
        String lower = query.toLowerCase(Locale.ROOT);
        return line -> line.toLowerCase(Locale.ROOT).contains(lower);
    }

    /** Hits across the logs of {@code runs}, in the given order, at most {@code maxHits}. */
    public List<Hit> search(List<Run> runs, Predicate<String> matcher, int maxHits, BooleanSupplier cancelled) {
        List<Hit> hits = new ArrayList<>();
        for (Run run : runs) {
            if (hits.size() >= maxHits || cancelled.getAsBoolean()) {
                break;
            }
            Optional<Path> log = logFiles.apply(run).filter(Files::isRegularFile);
            if (log.isEmpty()) {
                continue;
            }
            searchOne(run, log.get(), matcher, maxHits, cancelled, hits);
        }
        return hits;
    }

    private static void searchOne(Run run, Path log, Predicate<String> matcher, int maxHits, BooleanSupplier cancelled, List<Hit> hits) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(log), decoder))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.startsWith(RunLog.STDERR_MARK) ? line.substring(RunLog.STDERR_MARK.length()) : line;
                if (matcher.test(text)) {
                    hits.add(new Hit(run, number, text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text));
                    if (hits.size() >= maxHits) {
                        return;
                    }
                }
                if ((number & 0x3FFF) == 0 && cancelled.getAsBoolean()) {
                    return;
                }
            }
        } catch (IOException e) {
            // a log deleted while searching has no hits
        }
    }
}
