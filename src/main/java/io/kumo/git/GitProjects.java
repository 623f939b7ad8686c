package io.kumo.git;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.service.AuditedRepository;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final Map<Long, Object> pulling = new ConcurrentHashMap<>();

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
        Path target = freeFolder(name);
        String checkedOut = cloner.cloneInto(url, branch, target);
        Project project = new Project(name, target.toString());
        project.setGitUrl(url);
        project.setGitBranch(checkedOut);
        project.setGitPull(request.pull() == null ? GitPull.MANUAL : request.pull());
        project.setGitPullMinutes(minutes);
        project.setGitPulledAt(clock.instant());
        try {
            Project created = projects.create(project);
            audit.record(AuditAction.IMPORT, created, List.of(), "cloned " + url + " (branch " + checkedOut + ") at "
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
                    + project.getRootPath() + " (" + e.getMessage() + ")");
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
        synchronized (pulling.computeIfAbsent(project.getId(), id -> new Object())) {
            String before = commit(project).orElse(null);
            PullResult result = new GitCheckout(Path.of(project.getRootPath()), project.getGitUrl()).pull();
            pullRecords.record(project.getId(), clock.instant(), result.ok() ? null : result.message());
            if (result.changed() || !result.ok()) {
                audit.record("PULL", project.auditTargetType(), String.valueOf(project.getId()), project.getName(), List.of(),
                        (before == null ? "" : before.substring(0, 7) + " -> ") + result.message());
            }
            return result;
        }
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

    private Path freeFolder(String name) {
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        base = base.isEmpty() ? "project" : base.length() > 64 ? base.substring(0, 64) : base;
        Path candidate = projectsFolder.resolve(base);
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = projectsFolder.resolve(base + "-" + i);
        }
        return candidate;
    }

    static void deleteQuietly(Path folder) {
        FileTrees.deleteQuietly(folder);
    }
}
