package io.kumo.git;

import io.kumo.domain.GitUrls;
import io.kumo.common.ValidationException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Clones a repository into a folder. The remote's branches are listed first, so a bad URL, failed authentication or an
 * unknown branch is told before anything is written; the caller removes the folder it reserved when the clone fails.
 */
final class GitCloner {

    /** Clones {@code url} (its {@code branch}, else its default branch) into {@code target}; the branch checked out. */
    String cloneInto(String url, String branch, Path target) {
        List<String> branches = branches(url);
        if (branch != null && !branches.contains(branch)) {
            throw new ValidationException("branch: '" + branch + "' is not a branch of " + GitUrls.shown(url)
                    + (branches.isEmpty() ? " (it has none)" : " (it has " + String.join(", ", branches) + ")"));
        }
        try (Git git = Git.cloneRepository().setURI(url).setDirectory(target.toFile())
                .setBranch(branch == null ? null : Constants.R_HEADS + branch)
                .setTimeout(GitCheckout.NETWORK_TIMEOUT_SECONDS).call()) {
            return git.getRepository().getBranch();
        } catch (GitAPIException | RuntimeException | java.io.IOException e) {
            throw new ValidationException("cannot clone: " + GitErrors.describe(url, e));
        }
    }

    private static List<String> branches(String url) {
        try {
            Collection<Ref> heads = Git.lsRemoteRepository().setRemote(url).setHeads(true)
                    .setTimeout(GitCheckout.NETWORK_TIMEOUT_SECONDS).call();
            return heads.stream().map(Ref::getName).map(Repository::shortenRefName).sorted().toList();
        } catch (GitAPIException | RuntimeException e) {
            throw new ValidationException("cannot clone: " + GitErrors.describe(url, e));
        }
    }
}
