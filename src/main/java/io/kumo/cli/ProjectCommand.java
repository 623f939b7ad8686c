package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.json.ProjectJson;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.project.Detection;
import io.kumo.project.ProjectService;
import io.kumo.project.TrashEntry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo project import|list|show|rm|trash|restore|clone|pull|pull-policy|check|format} (templates and archives: {@link ProjectTemplateCommands}). */
@Command(name = "project", description = "Import, link, list and delete projects.", subcommands = {
        ProjectCommand.Import.class, ProjectCommand.ListProjects.class, ProjectCommand.Show.class,
        ProjectCommand.Remove.class, ProjectCommand.Trash.class, ProjectCommand.Restore.class,
        ProjectGitCommands.Clone.class, ProjectGitCommands.Pull.class, ProjectGitCommands.PullPolicy.class,
        ProjectTemplateCommands.Templates.class, ProjectTemplateCommands.New.class, ProjectTemplateCommands.Export.class,
        ProjectTemplateCommands.ImportArchive.class,
        ProjectCheckCommand.class, ProjectFormatCommand.class})
final class ProjectCommand {

    static ProjectService projects(CommandSpec spec) {
        return TaskCommand.access(spec).core().projectService();
    }

    @Command(name = "import", description = "Import a ZIP (extracted into the data directory) or a folder (copied, or linked in place with --link).")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "ZIP|DIR") Path source;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--link", description = "Use the folder where it is (no copy); Kumo never deletes its files.") boolean link;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path path = KumoCommand.clientPath(spec, source);
            Project project;
            if (Files.isDirectory(path)) {
                project = link ? projects(spec).link(path, name) : projects(spec).importFolder(path, name);
            } else {
                if (link) {
                    throw new ValidationException("--link needs a folder, and " + path + " is not one");
                }
                project = projects(spec).importZip(path, name);
            }
            Detection detection = projects(spec).detect(project);
            PrintWriter out = spec.commandLine().getOut();
            out.println((project.isLinked() ? "Linked" : "Imported") + " project '" + project.getName() + "' at "
                    + project.getRootPath() + " (" + detection.kind().label() + ")");
            detection.suggestedCommands().forEach(command -> out.println("  suggested command: " + command));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List projects.")
    static final class ListProjects implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            ProjectService service = projects(spec);
            List<Project> projects = service.list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var git = ProjectGitCommands.git(spec);
                out.println(Json.write(projects.stream().map(p -> ProjectJson.of(p, service.detect(p),
                        git.statusIfGit(p).orElse(null))).toList()));
            } else if (projects.isEmpty()) {
                out.println("No projects. Import one with: kumo project import ZIP --name NAME");
            } else {
                projects.forEach(p -> out.printf("%-24s %-8s %-32s %s%n", p.getName(), p.isLinked() ? "linked" : "imported",
                        service.detect(p).kind().label(), p.getRootPath()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Show a project with what was detected in it.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Project project = projects(spec).find(name);
            Detection detection = projects(spec).detect(project);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(ProjectJson.of(project, detection,
                        ProjectGitCommands.git(spec).statusIfGit(project).orElse(null))));
                return ExitCodes.OK;
            }
            out.println("Name:         " + project.getName());
            out.println("Folder:       " + project.getRootPath() + (project.isLinked() ? " (linked)" : ""));
            out.println("Kind:         " + detection.kind().label());
            if (project.isGit()) {
                out.println("Git:          " + ProjectGitCommands.describe(project, ProjectGitCommands.git(spec).statusIfGit(project)));
            }
            if (project.getDescription() != null) {
                out.println("Description:  " + project.getDescription());
            }
            detection.suggestedCommands().forEach(command -> out.println("Command:      " + command));
            detection.requirementFiles().forEach(file -> out.println("Requirements: " + file));
            if (!detection.declaredDependencies().isEmpty()) {
                out.println("Dependencies: " + String.join(", ", detection.declaredDependencies()));
            }
            List<String> tasks = projects(spec).tasksUsing(project).stream().map(t -> t.getName()).toList();
            out.println("Tasks:        " + (tasks.isEmpty() ? "none" : String.join(", ", tasks)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Delete a project: an imported one's files go to the trash, a linked folder is left alone.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--with-tasks", description = "Also delete the tasks that use it.") boolean withTasks;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            TrashEntry entry = projects(spec).delete(projects(spec).find(name), withTasks);
            spec.commandLine().getOut().println("Deleted project '" + name + "'"
                    + (entry.deletedTasks().isEmpty() ? "" : " and its tasks " + String.join(", ", entry.deletedTasks()))
                    + "; restore it with: kumo project restore " + entry.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "trash", description = "List deleted projects waiting in the trash.")
    static final class Trash implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Option(names = "--purge", paramLabel = "ID", description = "Empty this entry from the trash for good.") String purge;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            if (purge != null) {
                projects(spec).trash().purge(purge);
            }
            List<TrashEntry> entries = projects(spec).trash().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(entries.stream().map(ProjectCommand::toJson).toList()));
            } else if (entries.isEmpty()) {
                out.println("The trash is empty.");
            } else {
                entries.forEach(e -> out.printf("%-24s %-24s %s  %d bytes%n", e.id(), e.projectName(),
                        Json.instant(e.deletedAt()), e.sizeBytes()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", description = "Restore a deleted project from the trash.")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Project project = projects(spec).restore(id);
            spec.commandLine().getOut().println("Restored project '" + project.getName() + "' at " + project.getRootPath());
            return ExitCodes.OK;
        }
    }

    private static Map<String, Object> toJson(TrashEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("project", entry.projectName());
        json.put("deleted_at", Json.instant(entry.deletedAt()));
        json.put("linked", entry.linked());
        json.put("size_bytes", entry.sizeBytes());
        json.put("deleted_tasks", entry.deletedTasks());
        return json;
    }
}
