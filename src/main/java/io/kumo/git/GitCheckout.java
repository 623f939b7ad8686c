package io.kumo.git;

import io.kumo.domain.GitUrls;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One checkout's Git operations: its status, and a pull that changes nothing unless it can keep every local edit and
 * commit. A pull fetches, then fast-forwards, or merges diverged branches only when the merge is clean; it is refused,
 * naming the files, when incoming changes touch files edited (or created) locally or the merge would conflict.
 */
final class GitCheckout {

    static final int NETWORK_TIMEOUT_SECONDS = 60;
    /** A pull before a run waits at most this long for the remote, so a slow remote delays the run little. */
    static final int BEFORE_RUN_TIMEOUT_SECONDS = 10;
    private static final int NAMED_FILES = 5;

    private final Path folder;
    private final String url;

    GitCheckout(Path folder, String url) {
        this.folder = folder;
        this.url = url;
    }

    /** HEAD's full id; null when the folder is not a Git checkout or has no commit yet. */
    String head() {
        try (Git git = Git.open(folder.toFile())) {
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }

    GitStatus status(boolean fetch) throws IOException, GitAPIException {
        try (Git git = Git.open(folder.toFile())) {
            String fetchError = null;
            if (fetch) {
                try {
                    fetch(git, NETWORK_TIMEOUT_SECONDS);
                } catch (GitAPIException | RuntimeException e) {
                    fetchError = GitErrors.describe(url, e);
                }
            }
            Repository repo = git.getRepository();
            String branch = repo.getBranch();
            ObjectId headId = repo.resolve(Constants.HEAD);
            RevCommit head = null;
            if (headId != null) {
                try (RevWalk walk = new RevWalk(repo)) {
                    head = walk.parseCommit(headId);
                }
            }
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repo, branch);
            return new GitStatus(branch, head == null ? null : head.name(), head == null ? "" : head.getShortMessage(),
                    head == null ? "" : head.getAuthorIdent().getName(),
                    head == null ? null : Instant.ofEpochSecond(head.getCommitTime()),
                    tracking == null ? -1 : tracking.getAheadCount(), tracking == null ? -1 : tracking.getBehindCount(),
                    localChanges(git.status().call()), fetchError);
        }
    }

    PullResult pull() {
        return pull(NETWORK_TIMEOUT_SECONDS);
    }

    /** A pull whose fetch gives up after {@code timeoutSeconds}. */
    PullResult pull(int timeoutSeconds) {
        Git opened;
        try {
            opened = Git.open(folder.toFile());
        } catch (IOException | RuntimeException e) {
            return new PullResult(PullResult.Outcome.REFUSED, null, "pull refused: the checkout at " + folder
                    + " cannot be read (" + GitUrls.scrub(e.getMessage()) + "); nothing was changed");
        }
        try (Git git = opened) {
            Repository repo = git.getRepository();
            try {
                fetch(git, timeoutSeconds);
            } catch (GitAPIException | RuntimeException e) {
                return new PullResult(PullResult.Outcome.FAILED, head(repo), GitErrors.describe(url, e));
            }
            String branch = repo.getBranch();
            String tracking = new BranchConfig(repo.getConfig(), branch).getRemoteTrackingBranch();
            ObjectId remoteId = tracking == null ? null : repo.resolve(tracking);
            ObjectId headId = repo.resolve(Constants.HEAD);
            if (remoteId == null) {
                return refused(repo, "branch " + branch + " follows no remote branch; nothing to pull");
            }
            if (headId == null) {
                return refused(repo, "the checkout has no commit yet");
            }
            return pull(git, branch, tracking, headId, remoteId);
        } catch (IOException | GitAPIException | RuntimeException e) {
            return new PullResult(PullResult.Outcome.FAILED, null, "pull failed: " + GitUrls.scrub(e.getMessage()));
        }
    }

    private PullResult pull(Git git, String branch, String tracking, ObjectId headId, ObjectId remoteId)
            throws IOException, GitAPIException {
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(headId);
            RevCommit remote = walk.parseCommit(remoteId);
            if (walk.isMergedInto(remote, head)) {
                return new PullResult(PullResult.Outcome.UP_TO_DATE, head.name(), "already up to date on " + head.abbreviate(7).name());
            }
            walk.reset();
            boolean fastForward = walk.isMergedInto(head, remote);
            RevCommit base = mergeBase(repo, head, remote);
            if (base == null) {
                return refused(repo, "the remote branch shares no history with the local one; nothing was changed");
            }
            Set<String> edited = new TreeSet<>(localPaths(git.status().call()));
            edited.retainAll(changedPaths(repo, base, remote));
            if (!edited.isEmpty()) {
                return refused(repo, "incoming changes touch " + named(edited) + ", edited locally; commit or undo "
                        + (edited.size() == 1 ? "that edit" : "those edits") + ", then pull again (nothing was changed)");
            }
            if (!fastForward) {
                ResolveMerger trial = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repo, true);
                if (!trial.merge(head, remote)) {
                    return refused(repo, "incoming commits conflict with local commits in " + named(trial.getUnmergedPaths())
                            + "; merge them yourself (nothing was changed)");
                }
            }
            MergeResult merged = git.merge().include(remote)
                    .setFastForward(fastForward ? MergeCommand.FastForwardMode.FF_ONLY : MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(true).setMessage("Merge " + Repository.shortenRefName(tracking) + " into " + branch + " (Kumo pull)")
                    .call();
            if (!merged.getMergeStatus().isSuccessful()) {
                List<String> failing = merged.getFailingPaths() == null ? List.of() : List.copyOf(merged.getFailingPaths().keySet());
                return refused(repo, "the pull could not be applied" + (failing.isEmpty() ? "" : " to " + named(failing))
                        + " (" + merged.getMergeStatus() + "); nothing was changed");
            }
            String now = head(repo);
            return fastForward
                    ? new PullResult(PullResult.Outcome.FAST_FORWARD, now, "updated to " + now.substring(0, 7) + ": " + subject(repo, now))
                    : new PullResult(PullResult.Outcome.MERGED, now, "merged " + Repository.shortenRefName(tracking)
                            + " cleanly: now on " + now.substring(0, 7));
        }
    }

    private static void fetch(Git git, int timeoutSeconds) throws GitAPIException {
        git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).setTimeout(timeoutSeconds).call();
    }

    private static RevCommit mergeBase(Repository repo, RevCommit head, RevCommit remote) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(remote));
            return walk.next();
        }
    }

    /** The files that differ between two commits. */
    private static Set<String> changedPaths(Repository repo, RevCommit from, RevCommit to) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(from.getTree());
            walk.addTree(to.getTree());
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }

    private static Set<String> localPaths(Status status) {
        Set<String> paths = new TreeSet<>(status.getUncommittedChanges());
        paths.addAll(status.getUntracked());
        return paths;
    }

    static List<LocalChange> localChanges(Status status) {
        List<LocalChange> changes = new ArrayList<>();
        status.getConflicting().forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.CONFLICTING)));
        status.getModified().forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.MODIFIED)));
        status.getChanged().stream().filter(path -> !status.getModified().contains(path))
                .forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.MODIFIED)));
        status.getAdded().forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.ADDED)));
        status.getRemoved().forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.DELETED)));
        status.getMissing().stream().filter(path -> !status.getRemoved().contains(path))
                .forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.DELETED)));
        status.getUntracked().forEach(path -> changes.add(new LocalChange(path, LocalChange.Kind.UNTRACKED)));
        changes.sort(java.util.Comparator.comparing(LocalChange::path));
        return changes;
    }

    private PullResult refused(Repository repo, String why) {
        return new PullResult(PullResult.Outcome.REFUSED, head(repo), "pull refused: " + why);
    }

    private static String named(java.util.Collection<String> paths) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
        String shown = String.join(", ", sorted.subList(0, Math.min(NAMED_FILES, sorted.size())));
        return sorted.size() > NAMED_FILES ? shown + " and " + (sorted.size() - NAMED_FILES) + " more" : shown;
    }

    private static String head(Repository repo) {
        try {
            ObjectId head = repo.resolve(Constants.HEAD);
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }

    private static String subject(Repository repo, String commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(ObjectId.fromString(commit)).getShortMessage();
        }
    }
}
