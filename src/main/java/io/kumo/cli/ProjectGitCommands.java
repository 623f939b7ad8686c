package io.kumo.cli;

import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.git.CloneRequest;
import io.kumo.git.GitProjects;
import io.kumo.domain.GitUrls;
import io.kumo.git.PullResult;
import io.kumo.json.GitJson;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo project clone|pull|pull-policy}: projects cloned from Git. */
final class ProjectGitCommands {

    private ProjectGitCommands() {
    }

    static GitProjects git(CommandSpec spec) {
        return TaskCommand.access(spec).core().gitProjects();
    }

    /** manual, schedule or before-run. */
    static GitPull pullPolicy(String word) {
        try {
            return GitPull.valueOf(word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException("--pull: '" + word + "' is not one of manual, schedule, before-run");
        }
    }

    /** "https://... branch main at 1a2b3c4 (2 ahead, 1 behind, 3 local changes); pulls before each run". */
    static String describe(Project project, java.util.Optional<io.kumo.git.GitStatus> status) {
        String where = status.map(s -> " branch " + s.branch() + " at " + s.shortCommit()
                + (s.tracksRemote() ? " (" + s.ahead() + " ahead, " + s.behind() + " behind, " : " (")
                + s.changes().size() + " local changes)").orElse(" (its checkout cannot be read)");
        String pulls = "pulls " + project.getGitPull().describe(project.getGitPullMinutes());
        return GitUrls.shown(project.getGitUrl()) + where + "; " + pulls
                + (project.getGitPullError() == null ? "" : "; last pull: " + GitUrls.scrub(project.getGitPullError()));
    }

    @Command(name = "clone", description = "Clone a Git repository (https, ssh with your ~/.ssh keys, or file://) as a new project.")
    static final class Clone implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--branch", description = "The branch to follow (default: the remote's default branch).") String branch;
        @Option(names = "--pull", paramLabel = "manual|schedule|before-run", defaultValue = "manual",
                description = "When it pulls: only when asked (default), every --every minutes, or before each run of its tasks.")
        String pull;
        @Option(names = "--every", paramLabel = "MINUTES", description = "With --pull schedule: minutes between pulls.") Integer every;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Project project = git(spec).clone(new CloneRequest(url, name, branch, pullPolicy(pull), every));
            String commit = git(spec).commit(project).map(id -> id.substring(0, 7)).orElse("no commit");
            spec.commandLine().getOut().println("Cloned project '" + project.getName() + "' at " + project.getRootPath()
                    + " (branch " + project.getGitBranch() + ", commit " + commit + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "pull", description = "Fetch and bring a Git project up to date; refused (exit 2) when it would touch local edits or conflict, exit 1 when the remote cannot be reached.")
    static final class Pull implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PullResult result = git(spec).pull(ProjectCommand.projects(spec).find(name));
            if (json) {
                spec.commandLine().getOut().println(Json.write(GitJson.of(result)));
            }
            if (!result.ok()) {
                spec.commandLine().getErr().println("kumo: " + result.message());
                return result.outcome() == PullResult.Outcome.FAILED ? ExitCodes.FAILURE : ExitCodes.USAGE;
            }
            if (!json) {
                spec.commandLine().getOut().println(result.message() + " (" + result.commit() + ")");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "pull-policy", description = "Set when a Git project pulls: manual, schedule (with --every) or before-run.")
    static final class PullPolicy implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "manual|schedule|before-run") String pull;
        @Option(names = "--every", paramLabel = "MINUTES", description = "With schedule: minutes between pulls.") Integer every;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Project project = git(spec).setPullPolicy(ProjectCommand.projects(spec).find(name), pullPolicy(pull), every);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Project '" + project.getName() + "' pulls " + project.getGitPull().describe(project.getGitPullMinutes()));
            return ExitCodes.OK;
        }
    }
}
