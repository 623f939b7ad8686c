package io.kumo.git;

import io.kumo.domain.GitUrls;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.engine.ProjectCheckouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's {@link ProjectCheckouts} for Git projects: pull first when the project asks for it, then name the commit. */
public final class GitRunCheckouts implements ProjectCheckouts {

    private static final Logger LOG = LoggerFactory.getLogger(GitRunCheckouts.class);

    private final GitProjects git;

    public GitRunCheckouts(GitProjects git) {
        this.git = git;
    }

    @Override
    public Checkout beforeRun(Project project) {
        if (!project.isGit()) {
            return Checkout.NONE;
        }
        String pullNote = "";
        try {
            if (project.getGitPull() == GitPull.BEFORE_RUN) {
                PullResult pulled = git.pullBeforeRun(project);
                pullNote = pulled.ok() ? (pulled.changed() ? "pulled, now on " : "") : pulled.message() + "; running on ";
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not pull project '{}' before a run: {}", project.getName(), GitUrls.scrub(e.getMessage()));
            pullNote = "could not pull before the run (" + GitUrls.scrub(e.getMessage()) + "); running on ";
        }
        String commit = git.commit(project).orElse(null);
        return new Checkout(commit, pullNote + (commit == null ? "no commit" : "commit " + commit.substring(0, 7)));
    }
}
