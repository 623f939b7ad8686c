package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Problems as style classes over syntax colouring: each problem's range gets {@code problem-error},
 * {@code problem-warning} or {@code problem-info} (wavy underlines in the stylesheet). An empty range marks one
 * character (or the line's last one at its end) so every problem is visible. Pure, so it runs off the FX thread.
 */
final class ProblemUnderlines {

    static final String PREFIX = "problem-";

    private ProblemUnderlines() {
    }

    static StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> base, String text, List<CodeProblem> problems) {
        if (problems.isEmpty() || text.isEmpty()) {
            return base;
        }
        int[] lineStarts = lineStarts(text);
        List<int[]> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (CodeProblem problem : problems) {
            int start = offset(lineStarts, text, problem.line(), problem.column());
            int end = offset(lineStarts, text, problem.endLine(), problem.endColumn());
            if (end <= start) {
                if (start >= text.length() || text.charAt(start) == '\n') {
                    start = Math.max(0, start - 1);
                }
                end = Math.min(text.length(), start + 1);
            }
            ranges.add(new int[] {start, end});
            classes.add(styleClass(problem.severity()));
        }
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        int position = 0;
        for (int boundary : boundaries(ranges, text.length())) {
            if (boundary <= position) {
                continue;
            }
            Set<String> here = new HashSet<>();
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i)[0] <= position && position < ranges.get(i)[1]) {
                    here.add(classes.get(i));
                }
            }
            marks.add(List.copyOf(here), boundary - position);
            position = boundary;
        }
        return base.overlay(marks.create(), (syntax, problem) -> {
            if (problem.isEmpty()) {
                return syntax;
            }
            List<String> both = new ArrayList<>(syntax);
            both.addAll(problem);
            return both;
        });
    }

    static String styleClass(CodeProblem.Severity severity) {
        return PREFIX + switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "info";
        };
    }

    private static int[] boundaries(List<int[]> ranges, int length) {
        java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
        ranges.forEach(range -> {
            points.add(range[0]);
            points.add(range[1]);
        });
        points.add(length);
        return points.stream().mapToInt(Integer::intValue).filter(point -> point <= length).toArray();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset of a 1-based line and 0-based column, clamped to the text (problems may be older than the text). */
    private static int offset(int[] lineStarts, String text, int line, int column) {
        if (line > lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line - 1];
        int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return Math.min(start + column, lineEnd);
    }
}
