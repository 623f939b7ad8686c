package io.kumo.cli;

import io.kumo.code.CodeProblem;
import io.kumo.code.check.CheckFailedException;
import io.kumo.code.check.CodeCheckService;
import io.kumo.code.check.FileProblem;
import io.kumo.domain.Project;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo project check NAME [--json]}: syntax errors and lint findings of the project's .py files. */
@Command(name = "check", description = "Check the project's .py files for syntax errors and lint findings "
        + "(ruff or pyflakes from its environment). Exits 1 when it found errors.")
final class ProjectCheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--json", description = "Print the findings as a JSON array.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var core = TaskCommand.access(spec).core();
        Project project = core.projectService().find(name);
        CodeCheckService checks = core.codeChecks();
        List<FileProblem> problems;
        try {
            problems = checks.checkProject(project);
        } catch (CheckFailedException e) {
            spec.commandLine().getErr().println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(problems.stream().map(ProjectCheckCommand::json).toList()));
        } else if (problems.isEmpty()) {
            String linter = checks.linter(project);
            out.println("No problems found" + (linter == null ? " (syntax only: install ruff into "
                    + checks.environmentName(project) + " to lint)" : " by " + linter) + ".");
        } else {
            problems.forEach(problem -> out.println(problem.describe()));
        }
        boolean errors = problems.stream().anyMatch(p -> p.problem().severity() == CodeProblem.Severity.ERROR);
        return errors ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static Map<String, Object> json(FileProblem found) {
        CodeProblem problem = found.problem();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", found.relativePath());
        row.put("line", problem.line());
        row.put("column", problem.column() + 1);
        row.put("endLine", problem.endLine());
        row.put("endColumn", problem.endColumn() + 1);
        row.put("severity", problem.severity().name());
        row.put("source", problem.source());
        row.put("code", problem.code());
        row.put("message", problem.message());
        return row;
    }
}
