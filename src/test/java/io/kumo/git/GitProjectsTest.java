package io.kumo.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clone, status and pull of real repositories (a bare one reached by file://), on a real core. */
class GitProjectsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TestCores.T0);
    private KumoCore core;
    private Upstream upstream;
    private GitProjects git;

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir.resolve("data"), clock);
        upstream = Upstream.create(dir);
        git = core.gitProjects();
    }

    @AfterEach
    void close() {
        upstream.close();
        core.close();
    }

    @Test
    void cloneMakesAProjectInTheDataDirectoryOnTheDefaultBranch() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));

        Path root = Path.of(project.getRootPath());
        assertThat(root).startsWith(core.dataDirectory().projects());
        assertThat(root.resolve("app.py")).hasContent("print('hello from v1')");
        assertThat(project.isGit()).isTrue();
        assertThat(project.getGitBranch()).isEqualTo("main");
        assertThat(core.projectService().find("demo").getGitUrl()).isEqualTo(upstream.url());
        GitStatus status = git.status(project, false);
        assertThat(status.subject()).isEqualTo("First commit");
        assertThat(status.author()).isEqualTo("Ada");
        assertThat(status.changes()).isEmpty();
        assertThat(core.audit().latest(5)).anySatisfy(entry -> assertThat(entry.toString()).contains("cloned"));
    }

    @Test
    void cloneChecksOutTheBranchAskedFor() throws Exception {
        upstream.pushBranch("release");

        Project project = git.clone(new CloneRequest(upstream.url(), "demo", "release"));

        assertThat(project.getGitBranch()).isEqualTo("release");
        assertThat(git.status(project, false).branch()).isEqualTo("release");
    }

    @Test
    void cloneRefusesAnUnknownBranchATakenNameAndAMissingRepositoryLeavingNothing() throws Exception {
        assertThatThrownBy(() -> git.clone(new CloneRequest(upstream.url(), "demo", "nope")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'nope' is not a branch").hasMessageContaining("main");
        assertThatThrownBy(() -> git.clone(new CloneRequest("file://" + dir.resolve("missing.git"), "demo", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no Git repository at");
        git.clone(new CloneRequest(upstream.url(), "demo", null));
        assertThatThrownBy(() -> git.clone(new CloneRequest(upstream.url(), "demo", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'demo' is already used");
        try (var folders = Files.list(core.dataDirectory().projects())) {
            assertThat(folders).hasSize(1);
        }
    }

    @Test
    void pullFastForwardsToANewCommitAndRecordsWhen() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        String newCommit = upstream.commit("app.py", "print('hello from v2')\n", "Say v2");
        clock.advance(Duration.ofMinutes(3));

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.FAST_FORWARD);
        assertThat(result.commit()).isEqualTo(newCommit);
        assertThat(result.message()).contains("Say v2");
        assertThat(Path.of(project.getRootPath()).resolve("app.py")).hasContent("print('hello from v2')");
        Project stored = core.projectService().find("demo");
        assertThat(stored.getGitPulledAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(stored.getGitPullError()).isNull();
        assertThat(git.pull(stored).outcome()).isEqualTo(PullResult.Outcome.UP_TO_DATE);
    }

    @Test
    void pullIsRefusedWhenIncomingChangesTouchALocallyEditedFileAndTheEditStays() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        Path app = Path.of(project.getRootPath()).resolve("app.py");
        Files.writeString(app, "print('my local fix')\n");
        String before = git.commit(project).orElseThrow();
        upstream.commit("app.py", "print('hello from v2')\n", "Say v2");

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.REFUSED);
        assertThat(result.message()).contains("app.py").contains("edited locally");
        assertThat(app).hasContent("print('my local fix')");
        assertThat(git.commit(project)).contains(before);
        assertThat(core.projectService().find("demo").getGitPullError()).contains("app.py");
    }

    @Test
    void pullKeepsLocalEditsOfFilesTheIncomingCommitsDoNotTouch() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        Path readme = Path.of(project.getRootPath()).resolve("README.md");
        Files.writeString(readme, "# My notes\n");
        String incoming = upstream.commit("app.py", "print('hello from v2')\n", "Say v2");

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.FAST_FORWARD);
        assertThat(result.commit()).isEqualTo(incoming);
        assertThat(readme).hasContent("# My notes");
    }

    @Test
    void pullIsRefusedWhenALocalCommitConflictsAndTheLocalCommitStays() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        String local = commitLocally(project, "app.py", "print('local commit')\n");
        upstream.commit("app.py", "print('hello from v2')\n", "Say v2");

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.REFUSED);
        assertThat(result.message()).contains("conflict").contains("app.py");
        assertThat(git.commit(project)).contains(local);
        assertThat(Path.of(project.getRootPath()).resolve("app.py")).hasContent("print('local commit')");
        assertThat(git.status(project, false).changes()).isEmpty();
    }

    @Test
    void pullMergesDivergedBranchesWhenTheMergeIsClean() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        commitLocally(project, "local.py", "print('mine')\n");
        upstream.commit("app.py", "print('hello from v2')\n", "Say v2");

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.MERGED);
        Path root = Path.of(project.getRootPath());
        assertThat(root.resolve("app.py")).hasContent("print('hello from v2')");
        assertThat(root.resolve("local.py")).hasContent("print('mine')");
        GitStatus status = git.status(project, false);
        assertThat(status.ahead()).isEqualTo(2); // the local commit and the merge
        assertThat(status.behind()).isZero();
    }

    @Test
    void statusAfterAFetchCountsAheadBehindAndLocalChanges() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        commitLocally(project, "local.py", "print('mine')\n");
        upstream.commit("app.py", "print('v2')\n", "v2");
        upstream.commit("app.py", "print('v3')\n", "v3");
        Path root = Path.of(project.getRootPath());
        Files.writeString(root.resolve("README.md"), "changed\n");
        Files.writeString(root.resolve("notes.txt"), "new\n");
        Files.delete(root.resolve("local.py"));

        assertThat(git.status(project, false).behind()).isZero(); // nothing fetched yet
        GitStatus status = git.status(project, true);

        assertThat(status.ahead()).isEqualTo(1);
        assertThat(status.behind()).isEqualTo(2);
        assertThat(status.fetchError()).isNull();
        assertThat(status.changes()).containsExactlyInAnyOrder(new LocalChange("README.md", LocalChange.Kind.MODIFIED),
                new LocalChange("notes.txt", LocalChange.Kind.UNTRACKED), new LocalChange("local.py", LocalChange.Kind.DELETED));
    }

    @Test
    void aScheduledProjectIsPulledOnceItsIntervalHasPassed() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null, GitPull.SCHEDULE, 10));
        git.clone(new CloneRequest(upstream.url(), "manual", null));
        String incoming = upstream.commit("app.py", "print('v2')\n", "v2");
        GitPullSchedule schedule = new GitPullSchedule(git, clock);

        clock.advance(Duration.ofMinutes(9));
        assertThat(schedule.pass()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(schedule.pass()).isEqualTo(1);

        assertThat(git.commit(core.projectService().find("demo"))).contains(incoming);
        assertThat(git.commit(core.projectService().find("manual"))).isNotEqualTo(java.util.Optional.of(incoming));
        assertThat(schedule.pass()).isZero();
    }

    @Test
    void aScheduleNeedsItsMinutes() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));

        assertThatThrownBy(() -> git.setPullPolicy(project, GitPull.SCHEDULE, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("minutes");
        Project changed = git.setPullPolicy(project, GitPull.BEFORE_RUN, 5);

        assertThat(changed.getGitPull()).isEqualTo(GitPull.BEFORE_RUN);
        assertThat(changed.getGitPullMinutes()).isNull();
    }

    private static String commitLocally(Project project, String file, String content) throws Exception {
        try (Git local = Git.open(Path.of(project.getRootPath()).toFile())) {
            Files.writeString(Path.of(project.getRootPath()).resolve(file), content);
            local.add().addFilepattern(file).call();
            PersonIdent me = new PersonIdent("Me", "me@example.com");
            return local.commit().setMessage("Local " + file).setAuthor(me).setCommitter(me).call().name();
        }
    }

    @Test
    void aMetadataSaveFromAStaleFormKeepsThePullPolicyAndPullRecord() throws Exception {
        Project form = git.clone(new CloneRequest(upstream.url(), "demo", null));
        git.setPullPolicy(core.projectService().find("demo"), GitPull.SCHEDULE, 30);
        git.pull(core.projectService().find("demo"));

        form.setDescription("edited in the form");
        form.setTags("a, b");
        Project saved = core.projectService().updateMetadata(form);

        assertThat(saved.getDescription()).isEqualTo("edited in the form");
        assertThat(saved.getTags()).isEqualTo("a,b");
        assertThat(saved.getGitPull()).isEqualTo(GitPull.SCHEDULE);
        assertThat(saved.getGitPullMinutes()).isEqualTo(30);
        assertThat(saved.getGitUrl()).isEqualTo(upstream.url());
        assertThat(core.projectService().find("demo").getGitPull()).isEqualTo(GitPull.SCHEDULE);
    }

    @Test
    void eachCloneReservesItsOwnFolderAndAFailedCloneRemovesOnlyItsOwn() throws Exception {
        Path first = git.reserveFolder("demo");
        Path second = git.reserveFolder("demo");
        assertThat(first).isDirectory().isNotEqualTo(second);
        assertThat(second).isDirectory();
        Files.writeString(first.resolve("keep.txt"), "another clone's file");

        assertThatThrownBy(() -> git.clone(new CloneRequest(upstream.url(), "demo", "nope")))
                .isInstanceOf(ValidationException.class);

        assertThat(first.resolve("keep.txt")).hasContent("another clone's file");
        assertThat(second).isDirectory();
        try (var listed = Files.list(first.getParent())) {
            assertThat(listed.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("demo", "demo-2");
        }
    }

    @Test
    void aTokenInTheUrlIsNeverShownInErrorsJsonOrAudit() throws Exception {
        String url = "https://kumo:s3cr3t-token@127.0.0.1:1/team/repo.git";
        assertThatThrownBy(() -> git.clone(new CloneRequest(url, "private", null)))
                .isInstanceOf(ValidationException.class).hasMessageNotContaining("s3cr3t").hasMessageContaining("127.0.0.1");

        Project project = new Project("private", dir.toString());
        project.setGitUrl(url);
        project.setGitPull(GitPull.MANUAL);
        project.setGitPullError("cannot reach " + url);
        assertThat(io.kumo.json.GitJson.of(project, null).toString()).doesNotContain("s3cr3t").contains("127.0.0.1:1/team/repo.git");
        assertThat(project.auditFields().toString()).doesNotContain("s3cr3t");
        assertThat(io.kumo.domain.GitUrls.shown(url)).isEqualTo("https://***@127.0.0.1:1/team/repo.git");
        assertThat(io.kumo.domain.GitUrls.shown("git@github.com:team/repo.git")).isEqualTo("git@github.com:team/repo.git");
    }

    @Test
    void aCheckoutThatCannotBeReadIsRefusedNotANetworkFailure() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        io.kumo.common.FileTrees.delete(Path.of(project.getRootPath()).resolve(".git"));

        PullResult result = git.pull(project);

        assertThat(result.outcome()).isEqualTo(PullResult.Outcome.REFUSED);
        assertThat(result.message()).contains("cannot be read");
    }

    @Test
    void aPullBeforeARunUsesTheShortTimeout() throws Exception {
        Project project = git.clone(new CloneRequest(upstream.url(), "demo", null));
        upstream.commit("app.py", "print('v2')", "Second");

        assertThat(git.pullBeforeRun(project).outcome()).isEqualTo(PullResult.Outcome.FAST_FORWARD);
        assertThat(GitCheckout.BEFORE_RUN_TIMEOUT_SECONDS).isLessThan(GitCheckout.NETWORK_TIMEOUT_SECONDS);
    }
}
