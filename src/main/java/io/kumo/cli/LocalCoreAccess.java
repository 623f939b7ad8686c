package io.kumo.cli;

import io.kumo.app.Deployment;
import io.kumo.app.KumoCore;
import io.kumo.app.TaskReadingStore;
import io.kumo.app.TaskReads;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.engine.Engine;
import io.kumo.instance.InstanceLock;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.workflow.engine.WorkflowEngine;
import java.time.Clock;

/**
 * A CLI command on its own: opens the data directory, on the lock the CLI took for the command, for the length of the
 * command: the whole core for a command that changes or runs something, only the store for one that reads tasks. Its
 * engine schedules nothing; it only runs what the command asks for.
 */
final class LocalCoreAccess implements CoreAccess, AutoCloseable {

    private final DataDirectory directory;
    private final Deployment deployment;
    private final InstanceLock lock;
    private TaskReadingStore store;
    private KumoCore core;
    private Engine engine;

    LocalCoreAccess(DataDirectory directory, InstanceLock lock) {
        this(directory, Deployment.local(directory), lock);
    }

    /** On the database and as the node {@code deployment} names (a cluster's PostgreSQL, say). */
    LocalCoreAccess(DataDirectory directory, Deployment deployment, InstanceLock lock) {
        Logging.useDirectory(directory.ensureLayout().logs());
        this.directory = directory;
        this.deployment = deployment;
        this.lock = lock;
    }

    @Override
    public synchronized KumoCore core() {
        if (core == null) {
            closeStore(); // the core opens the database again, with everything else
            core = KumoCore.open(directory, deployment, lock, Clock.systemUTC(), Actor.ofCurrentUser(), System.getenv());
        }
        return core;
    }

    @Override
    public synchronized TaskReads reads() {
        if (core != null) {
            return core;
        }
        if (store == null) {
            store = TaskReadingStore.open(directory, deployment, Clock.systemUTC(), Actor.ofCurrentUser());
        }
        return store;
    }

    @Override
    public synchronized Engine engine() {
        if (engine == null) {
            engine = core().newEngine(new OsProcessLauncher(), System.getenv());
            // its workflow engine takes runs once it has resolved what a crash left; without the engine's timer it
            // fires no schedule: it runs only what the command asks for
            engine.acceptWorkflowSteps();
            core.workflowEngine().ifPresent(WorkflowEngine::engineStarted);
        }
        return engine;
    }

    private void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
        }
        closeStore();
        if (core != null) {
            core.close();
        }
    }
}
