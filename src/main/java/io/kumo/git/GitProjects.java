package io.kumo.git;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.FileTrees;
import io.kumo.domain.GitUrls;
import io.kumo.common.ValidationException;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.service.AuditedRepository;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Projects cloned from Git (window, CLI, API and the engine share it): clone into the data directory's projects
 * folder, status, pull (never losing a local edit or commit, see {@link GitCheckout}) and each project's pull policy.
 * Clones and the pulls that changed or refused something are audited; every pull records its time and error.
 */
public final class GitProjects {

    /** The longest pull interval: a week. */
    static final int MAX_PULL_MINUTES = 7 * 24 * 60;

    private final Path projectsFolder;
    private final AuditedRepository<Project> projects;
    private final AuditService audit;
    private final GitPullRecords pullRecords;
    private final GitCloner cloner = new GitCloner();
    private final Clock clock;
    /** One pull at a time per project (a scheduled pull, a run's pull and the user's may meet). */
    private final Map<Long, ReentrantLock> pulling = new ConcurrentHashMap<>();
    /** Picking and creating a clone's folder is one step, so two clones never get the same folder. */
    private final Object reserving = new Object();

    public GitProjects(Path projectsFolder, AuditedRepository<Project> projects, AuditService audit, Database database,
                       Clock clock) {
        this.projectsFolder = projectsFolder;
        this.projects = projects;
        this.audit = audit;
        this.pullRecords = new GitPullRecords(database);
        this.clock = clock;
    }

    /**
     * Clones {@code request.url()} into a new folder under the data directory as a new project.
     *
     * @throws ValidationException for a missing URL or name, a name already used, an unknown branch, a URL that is no
     *                             Git repository or cannot be reached, failed authentication; nothing is left on disk
     */
    public Project clone(CloneRequest request) {
        String url = required(request.url(), "URL");
        String name = required(request.name(), "project name");
        String branch = request.branch() == null || request.branch().isBlank() ? null : request.branch().strip();
        if (projects.findByName(name).isPresent()) {
            throw new ValidationException("project name: '" + name + "' is already used");
        }
        Integer minutes = checkedPolicy(request.pull(), request.pullMinutes());
        Path target = reserveFolder(name);
        String checkedOut;
        try {
            checkedOut = cloner.cloneInto(url, branch, target);
        } catch (RuntimeException e) {
            deleteQuietly(target); // the folder this call created, empty or half-cloned
            throw e;
        }
        Project project = new Project(name, target.toString());
        project.setGitUrl(url);
        project.setGitBranch(checkedOut);
        project.setGitPull(request.pull() == null ? GitPull.MANUAL : request.pull());
        project.setGitPullMinutes(minutes);
        project.setGitPulledAt(clock.instant());
        try {
            Project created = projects.create(project);
            audit.record(AuditAction.IMPORT, created, List.of(), "cloned " + GitUrls.shown(url) + " (branch " + checkedOut + ") at "
                    + Optional.ofNullable(new GitCheckout(target, url).head()).map(id -> id.substring(0, 7)).orElse("no commit"));
            return created;
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** Where the project's checkout stands; with {@code fetch}, after asking the remote (network: off the FX thread). */
    public GitStatus status(Project project, boolean fetch) {
        requireGit(project);
        try {
            return new GitCheckout(Path.of(project.getRootPath()), project.getGitUrl()).status(fetch);
        } catch (IOException | GitAPIException e) {
            throw new ValidationException("project '" + project.getName() + "': cannot read its Git checkout at "
                    + project.getRootPath() + " (" + GitUrls.scrub(e.getMessage()) + ")");
        }
    }

    /** A Git project's status without a fetch; empty for another project, or when its checkout cannot be read. */
    public Optional<GitStatus> statusIfGit(Project project) {
        if (!project.isGit()) {
            return Optional.empty();
        }
        try {
            return Optional.of(status(project, false));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The commit a Git project's checkout is on; empty for another project or a checkout that cannot be read. */
    public Optional<String> commit(Project project) {
        return project.isGit() ? Optional.ofNullable(new GitCheckout(Path.of(project.getRootPath()), project.getGitUrl()).head())
                : Optional.empty();
    }

    /** Fetches and brings the checkout up to date, or says why it did not; records the pull's time and error. */
    public PullResult pull(Project project) {
        requireGit(project);
        ReentrantLock lock = lockOf(project);
        lock.lock();
        try {
            return pullLocked(project, GitCheckout.NETWORK_TIMEOUT_SECONDS);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The pull before a run: its fetch gives up after {@link GitCheckout#BEFORE_RUN_TIMEOUT_SECONDS}, and when another
     * pull of the project is running it waits no longer than that either (FAILED: the run goes on the current commit).
     */
    public PullResult pullBeforeRun(Project project) {
        requireGit(project);
        ReentrantLock lock = lockOf(project);
        try {
            if (!lock.tryLock(GitCheckout.BEFORE_RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return new PullResult(PullResult.Outcome.FAILED, commit(project).orElse(null),
                        "another pull of this project is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PullResult(PullResult.Outcome.FAILED, commit(project).orElse(null), "interrupted before pulling");
        }
        try {
            return pullLocked(project, GitCheckout.BEFORE_RUN_TIMEOUT_SECONDS);
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf(Project project) {
        return pulling.computeIfAbsent(project.getId(), id -> new ReentrantLock());
    }

    private PullResult pullLocked(Project project, int timeoutSeconds) {
        String before = commit(project).orElse(null);
        PullResult result = new GitCheckout(Path.of(project.getRootPath()), project.getGitUrl()).pull(timeoutSeconds);
        pullRecords.record(project.getId(), clock.instant(), result.ok() ? null : result.message());
        if (result.changed() || !result.ok()) {
            audit.record("PULL", project.auditTargetType(), String.valueOf(project.getId()), project.getName(), List.of(),
                    (before == null ? "" : before.substring(0, 7) + " -> ") + result.message());
        }
        return result;
    }

    /** Sets when the project pulls; SCHEDULE needs minutes between pulls (1 to a week). */
    public Project setPullPolicy(Project project, GitPull pull, Integer minutes) {
        requireGit(project);
        Integer checked = checkedPolicy(pull, minutes);
        return projects.update(project.getId(), stored -> {
            stored.setGitPull(pull);
            stored.setGitPullMinutes(checked);
            return stored;
        }, AuditAction.UPDATE);
    }

    /** The SCHEDULE projects whose interval has passed since their last pull. */
    public List<Project> dueForPull(Instant now) {
        return projects.list().stream().filter(Project::isGit).filter(project -> project.getGitPull() == GitPull.SCHEDULE)
                .filter(project -> project.getGitPullMinutes() != null && project.getGitPullMinutes() > 0)
                .filter(project -> project.getGitPulledAt() == null
                        || !project.getGitPulledAt().plus(Duration.ofMinutes(project.getGitPullMinutes())).isAfter(now))
                .toList();
    }

    private static Integer checkedPolicy(GitPull pull, Integer minutes) {
        if (pull != GitPull.SCHEDULE) {
            return null;
        }
        if (minutes == null || minutes < 1 || minutes > MAX_PULL_MINUTES) {
            throw new ValidationException("pull every: give the minutes between scheduled pulls, 1 to " + MAX_PULL_MINUTES);
        }
        return minutes;
    }

    private static void requireGit(Project project) {
        if (!project.isGit()) {
            throw new ValidationException("project '" + project.getName() + "' was not cloned from Git");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(what + ": required");
        }
        return value.strip();
    }

    /** Creates (so reserves) a new empty folder for a clone, named after the project: "name", else "name-2", ... */
    Path reserveFolder(String name) {
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        base = base.isEmpty() ? "project" : base.length() > 64 ? base.substring(0, 64) : base;
        synchronized (reserving) {
            try {
                Files.createDirectories(projectsFolder);
                for (int i = 1; ; i++) {
                    Path candidate = projectsFolder.resolve(i == 1 ? base : base + "-" + i);
                    if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    try {
                        return Files.createDirectory(candidate); // atomic: another process's folder is never taken
                    } catch (FileAlreadyExistsException taken) {
                        // made meanwhile by another process: try the next name
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a folder for the clone in " + projectsFolder + ": " + e.getMessage(), e);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        FileTrees.deleteQuietly(folder);
    }
}
