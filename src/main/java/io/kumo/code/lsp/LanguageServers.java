package io.kumo.code.lsp;

import io.kumo.code.ProjectEnvironment;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.python.PackageService;
import io.kumo.python.ToolOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language server sessions of all projects: one per project (and server), started when its first editor needs one,
 * shut down when its last editor lets go, and all of them when Kumo quits. A session is taken out of the table under
 * the lock but shut down outside it, on its own thread (that takes seconds), so no caller and no other project waits
 * for it; quitting waits for those shutdowns too.
 */
public final class LanguageServers implements AutoCloseable {

    private record Lease(LanguageSession session, int holders) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LanguageServers.class);

    private final ProjectEnvironment environments;
    private final PackageService packages;
    private final LanguageServerFinder finder;
    private final Map<Long, Lease> sessions = new HashMap<>();
    private final Set<CompletableFuture<Void>> stopping = ConcurrentHashMap.newKeySet();
    private boolean closed;

    public LanguageServers(ProjectEnvironment environments, PackageService packages, LanguageServerFinder finder) {
        this.environments = environments;
        this.packages = packages;
        this.finder = finder;
    }

    /** Which server the project's environment has, or where one could be installed. Reads the database: background only. */
    public ServerChoice choose(Project project) {
        Optional<PythonEnvironment> environment = environments.of(project);
        Optional<LanguageServerCommand> found = finder.find(environments.python(project));
        if (found.isPresent()) {
            return ServerChoice.found(found.get());
        }
        return ServerChoice.none(environment.filter(env -> env.isPackagesWritable() && env.getState() == EnvironmentState.READY));
    }

    /**
     * The project's session, started with {@code command} unless one with that server runs already; each call must be
     * matched by a {@link #release}.
     */
    public synchronized LanguageSession acquire(Project project, LanguageServerCommand command) {
        if (closed) {
            throw new IllegalStateException("Kumo is quitting");
        }
        Lease lease = sessions.get(project.getId());
        if (lease != null && lease.session().kind() == command.kind()
                && lease.session().status().state() != SessionStatus.State.STOPPED) {
            sessions.put(project.getId(), new Lease(lease.session(), lease.holders() + 1));
            return lease.session();
        }
        int holders = lease == null ? 1 : lease.holders() + 1;
        if (lease != null) {
            sessions.remove(project.getId());
            stop(lease.session());
        }
        LanguageSession session = start(project, command);
        sessions.put(project.getId(), new Lease(session, holders));
        return session;
    }

    /** Stops the project's session (a dead one, say) and starts the server again for the same holders. */
    public synchronized LanguageSession restart(Project project, LanguageServerCommand command) {
        if (closed) {
            throw new IllegalStateException("Kumo is quitting");
        }
        Lease lease = sessions.remove(project.getId());
        int holders = lease == null ? 1 : lease.holders();
        if (lease != null) {
            stop(lease.session());
        }
        LanguageSession session = start(project, command);
        sessions.put(project.getId(), new Lease(session, holders));
        return session;
    }

    /** Lets go of one {@link #acquire}; the last one stops the session, in the background. */
    public synchronized void release(Project project) {
        Lease lease = sessions.get(project.getId());
        if (lease == null) {
            return;
        }
        if (lease.holders() > 1) {
            sessions.put(project.getId(), new Lease(lease.session(), lease.holders() - 1));
        } else {
            sessions.remove(project.getId());
            stop(lease.session());
        }
    }

    /** Shuts a session down on its own thread; {@link #close} waits for it. */
    private void stop(LanguageSession session) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(session::close,
                work -> Thread.ofVirtual().name("kumo-lsp-stop").start(work));
        stopping.add(done);
        done.whenComplete((ignored, error) -> {
            stopping.remove(done);
            if (error != null) {
                LOG.warn("{} did not stop cleanly", session.kind().displayName(), error);
            }
        });
    }

    public synchronized Optional<LanguageSession> running(Project project) {
        return Optional.ofNullable(sessions.get(project.getId())).map(Lease::session);
    }

    /** Installs the offered server into the project's environment (pip, through the mirror list and proxy settings). */
    public void install(PythonEnvironment environment, ToolOutput output, Cancellation cancellation) {
        packages.install(environment, List.of(ServerChoice.OFFERED.packageName()), output, cancellation);
    }

    private static LanguageSession start(Project project, LanguageServerCommand command) {
        try {
            return LanguageSession.start(command, Path.of(project.getRootPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(command.kind().displayName() + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Shuts every session down, all at once, and waits for them (and for those already stopping); called when Kumo quits. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            sessions.values().forEach(lease -> stop(lease.session()));
            sessions.clear();
        }
        List<CompletableFuture<Void>> pending = new ArrayList<>(stopping);
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Not every language server stopped", e);
        }
    }
}
