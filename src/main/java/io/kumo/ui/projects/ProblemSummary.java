package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** All checkers' problems of a file in one list, in file order, and counted in words ("2 errors, 1 warning"). */
final class ProblemSummary {

    private ProblemSummary() {
    }

    static List<CodeProblem> all(Map<String, List<CodeProblem>> bySource) {
        List<CodeProblem> all = new ArrayList<>();
        bySource.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(CodeProblem::line).thenComparingInt(CodeProblem::column)
                .thenComparing(CodeProblem::severity));
        return all;
    }

    static String count(Collection<CodeProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == CodeProblem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == CodeProblem.Severity.WARNING).count();
        long others = problems.size() - errors - warnings;
        List<String> parts = new ArrayList<>();
        add(parts, errors, "error");
        add(parts, warnings, "warning");
        add(parts, others, "note");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, long count, String word) {
        if (count > 0) {
            parts.add(count + " " + word + (count == 1 ? "" : "s"));
        }
    }
}
