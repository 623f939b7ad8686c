package io.kumo.cli;

import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.json.Json;
import io.kumo.python.Cancellation;
import io.kumo.template.CreatedProject;
import io.kumo.template.NewProject;
import io.kumo.template.ProjectTemplate;
import io.kumo.template.TemplateService;
import io.kumo.template.archive.ExportedArchive;
import io.kumo.template.archive.ImportedArchive;
import io.kumo.template.archive.ProjectArchives;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo project templates|new|export|import-archive}: templates and moving a project with its tasks. */
final class ProjectTemplateCommands {

    private ProjectTemplateCommands() {
    }

    static TemplateService templates(CommandSpec spec) {
        return TaskCommand.access(spec).core().templateService();
    }

    static ProjectArchives archives(CommandSpec spec) {
        return TaskCommand.access(spec).core().projectArchives();
    }

    @Command(name = "templates", description = "List the project templates.")
    static final class Templates implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(templates(spec).templates().stream().map(ProjectTemplateCommands::toJson).toList()));
                return ExitCodes.OK;
            }
            templates(spec).templates().forEach(template -> out.printf("%-16s %s%n", template.id(), template.title()));
            out.println("Create one with: kumo project new NAME --template ID [--with-tasks]");
            return ExitCodes.OK;
        }
    }

    @Command(name = "new", description = "Create a project from a template (see: kumo project templates).")
    static final class New implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--template", required = true, paramLabel = "ID") String template;
        @Option(names = "--with-tasks", description = "Also create the template's suggested tasks (paused until you enable them).") boolean withTasks;
        @Option(names = "--enable-tasks", description = "With --with-tasks: create them enabled, so they run on their schedule.") boolean enableTasks;
        @Option(names = "--env", paramLabel = "ENVIRONMENT", description = "Run the tasks in this environment and install the template's requirements into it.") String environment;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PythonEnvironment env = environment == null ? null : TaskCommand.access(spec).core().python().environments().find(environment);
            CreatedProject created = templates(spec).create(new NewProject(name, template, withTasks, enableTasks, env));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created project '" + created.project().getName() + "' from template " + template + " at "
                    + created.project().getRootPath());
            for (Task task : created.tasks()) {
                out.println("  task " + task.getName() + ": " + task.getCommand() + (task.isEnabled() ? "" : " (paused: kumo task resume " + task.getName() + ")"));
            }
            if (env != null) {
                out.println("Installing requirements into " + env.getName() + "...");
                templates(spec).installRequirements(created.project(), env, line -> out.println("  " + line), Cancellation.none());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", description = "Write a project, its tasks and its workflows to one ZIP (Kumo variables and secrets are not included).")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--to", required = true, paramLabel = "FILE.zip") Path target;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ExportedArchive archive = archives(spec).export(ProjectCommand.projects(spec).find(name), KumoCommand.clientPath(spec, target));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Exported project '" + name + "' to " + archive.file() + ": " + archive.files() + " files, "
                    + archive.tasks().size() + " tasks, " + archive.workflows().size() + " workflows");
            archive.workflowsLeftOut().forEach(workflow -> out.println("  left out workflow " + workflow + ": it also uses other projects"));
            out.println("  Kumo variables and secrets are not exported: set them again where you import it.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "import-archive", description = "Import a ZIP written by 'kumo project export': a new project with its tasks and workflows.")
    static final class ImportArchive implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.zip") Path source;
        @Option(names = "--name", description = "The new project's name (default: the exported project's).") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ImportedArchive imported = archives(spec).importArchive(KumoCommand.clientPath(spec, source), name);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Imported project '" + imported.project().getName() + "' at " + imported.project().getRootPath()
                    + " with " + imported.tasks().size() + " tasks and " + imported.workflows().size() + " workflows");
            imported.warnings().forEach(warning -> spec.commandLine().getErr().println("Note: " + warning));
            return ExitCodes.OK;
        }
    }

    private static Map<String, Object> toJson(ProjectTemplate template) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", template.id());
        json.put("title", template.title());
        json.put("description", template.description());
        json.put("files", template.files());
        json.put("tasks", template.tasks().stream().map(task -> Map.of("command", task.command(), "cron", task.cron())).toList());
        return json;
    }
}
