package io.kumo.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finding and replacing in editor text, plain or by regular expression, with or without case. Pure: the find bar
 * applies the results to the editor.
 *
 * @param query       what to look for; empty finds nothing
 * @param regex       whether {@code query} is a regular expression (replacement may then use {@code $1})
 * @param matchCase   whether case matters
 */
public record TextSearch(String query, boolean regex, boolean matchCase) {

    /** A found stretch of text, and what replacing it would insert. */
    public record Match(int start, int end, String replacement) {
    }

    /** Why the query cannot be searched for (an invalid regular expression), or empty. */
    public Optional<String> problem() {
        try {
            pattern();
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    /** The first match at or after {@code from}, wrapping around to the start. */
    public Optional<Match> next(String text, int from, String replacement) {
        List<Match> all = all(text, replacement);
        return all.stream().filter(match -> match.start() >= from).findFirst().or(() -> all.stream().findFirst());
    }

    /** The last match ending at or before {@code before}, wrapping around to the end. */
    public Optional<Match> previous(String text, int before, String replacement) {
        List<Match> all = all(text, replacement);
        Optional<Match> earlier = all.reversed().stream().filter(match -> match.end() <= before && match.start() < before).findFirst();
        return earlier.or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.getLast()));
    }

    /** Every non-overlapping match in order; none for an empty or invalid query. */
    public List<Match> all(String text, String replacement) {
        List<Match> matches = new ArrayList<>();
        if (query == null || query.isEmpty() || problem().isPresent()) {
            return matches;
        }
        String with = replacement == null ? "" : replacement;
        Matcher matcher = pattern().matcher(text);
        StringBuilder expanded = new StringBuilder();
        int appendPosition = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue; // an empty match (a bare ^ or x*) replaces nothing useful
            }
            String inserted = with;
            if (regex) {
                try {
                    expanded.setLength(0);
                    matcher.appendReplacement(expanded, with);
                    inserted = expanded.substring(matcher.start() - appendPosition);
                    appendPosition = matcher.end();
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    inserted = with; // "$9" without that group: insert the text as typed
                }
            }
            matches.add(new Match(matcher.start(), matcher.end(), inserted));
        }
        return matches;
    }

    /** Whether the selection {@code [start, end)} of {@code text} is exactly a match, so Replace may replace it. */
    public Optional<Match> matchAt(String text, int start, int end, String replacement) {
        return all(text, replacement).stream().filter(match -> match.start() == start && match.end() == end).findFirst();
    }

    private Pattern pattern() {
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return regex ? Pattern.compile(query, flags | Pattern.MULTILINE) : Pattern.compile(Pattern.quote(query), flags);
    }
}
