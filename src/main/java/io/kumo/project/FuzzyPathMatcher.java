package io.kumo.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks paths against what was typed in a quick-open box, like VS Code: the typed letters must appear in order
 * (case ignored); letters at the start of a folder, file or word part and letters in a row score more, matches in the
 * file name more than in folders, shorter paths win ties. "pmain" finds "pipeline/main.py".
 */
public final class FuzzyPathMatcher {

    private static final int NO_MATCH = Integer.MIN_VALUE / 2;
    private static final int WORD_START = 8;
    private static final int CAMEL = 6;
    private static final int IN_A_ROW = 5;
    private static final int IN_FILE_NAME = 2;
    private static final int SAME_CASE = 1;
    private static final int GAP = 1;
    private static final int LEADING_GAP_MAX = 10;

    /** A path that matched, with its score (higher is better). */
    public record Match(String path, int score) {
    }

    private FuzzyPathMatcher() {
    }

    /** The best {@code limit} matches, best first; an empty query lists the paths shortest first. */
    public static List<Match> rank(String query, List<String> paths, int limit) {
        String typed = query.strip().replace('\\', '/').replace(" ", "");
        List<Match> matches = new ArrayList<>();
        for (String path : paths) {
            int score = typed.isEmpty() ? -path.length() : score(typed, path);
            if (score > NO_MATCH) {
                matches.add(new Match(path, score));
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::path));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** The score of one path, or a value below every real score when the letters are not all in it in order. */
    static int score(String typed, String path) {
        int n = path.length();
        int m = typed.length();
        if (m > n) {
            return NO_MATCH;
        }
        int nameStart = path.lastIndexOf('/') + 1;
        int[] previous = new int[n];
        int[] current = new int[n];
        for (int i = 0; i < m; i++) {
            char wanted = typed.charAt(i);
            int bestBefore = NO_MATCH; // the best score of the previous letter strictly before j - 1
            for (int j = 0; j < n; j++) {
                if (i > 0 && j >= 2) {
                    bestBefore = Math.max(bestBefore, previous[j - 2]);
                }
                char c = path.charAt(j);
                if (Character.toLowerCase(c) != Character.toLowerCase(wanted)) {
                    current[j] = NO_MATCH;
                    continue;
                }
                int here = bonus(path, j, nameStart) + (c == wanted ? SAME_CASE : 0);
                if (i == 0) {
                    current[j] = here - (j == 0 || j == nameStart ? 0 : Math.min(j, LEADING_GAP_MAX)); // late starts rank lower
                } else {
                    int inARow = j >= 1 && previous[j - 1] > NO_MATCH ? previous[j - 1] + IN_A_ROW : NO_MATCH;
                    int afterGap = bestBefore > NO_MATCH ? bestBefore - GAP : NO_MATCH;
                    int best = Math.max(inARow, afterGap);
                    current[j] = best > NO_MATCH ? best + here : NO_MATCH;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = NO_MATCH;
        for (int score : previous) {
            best = Math.max(best, score);
        }
        return best > NO_MATCH ? best * 100 - n : NO_MATCH;
    }

    private static int bonus(String path, int j, int nameStart) {
        int bonus = j >= nameStart ? IN_FILE_NAME : 0;
        if (j == 0) {
            return bonus + WORD_START;
        }
        char before = path.charAt(j - 1);
        char c = path.charAt(j);
        if (before == '/' || before == '_' || before == '-' || before == '.' || before == ' ') {
            return bonus + WORD_START;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(before)) {
            return bonus + CAMEL;
        }
        return bonus;
    }
}
