package io.kumo.cli;

import io.kumo.code.check.CheckFailedException;
import io.kumo.domain.Project;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo project format NAME [--check]}: formats the project's .py files with ruff or black. */
@Command(name = "format", description = "Format the project's .py files with ruff or black from its environment.")
final class ProjectFormatCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if any would.")
    boolean check;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var core = TaskCommand.access(spec).core();
        Project project = core.projectService().find(name);
        List<String> changed;
        try {
            changed = core.codeChecks().formatProject(project, check);
        } catch (CheckFailedException e) {
            spec.commandLine().getErr().println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        changed.forEach(path -> out.println((check ? "would reformat " : "reformatted ") + path));
        if (changed.isEmpty()) {
            out.println("All files are formatted.");
        }
        return check && !changed.isEmpty() ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
