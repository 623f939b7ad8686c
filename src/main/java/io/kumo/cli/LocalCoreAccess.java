package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.engine.Engine;
import io.kumo.instance.InstanceLock;
import io.kumo.supervisor.OsProcessLauncher;
import java.time.Clock;

/**
 * A CLI command on its own: opens the data directory, on the lock the CLI took for the command, for the length of the
 * command. Its engine schedules nothing; it only runs what the command asks for.
 */
final class LocalCoreAccess implements CoreAccess, AutoCloseable {

    private final KumoCore core;
    private Engine engine;

    LocalCoreAccess(DataDirectory directory, InstanceLock lock) {
        Logging.useDirectory(directory.ensureLayout().logs());
        this.core = KumoCore.open(directory, lock, Clock.systemUTC(), Actor.ofCurrentUser(), System.getenv());
    }

    @Override
    public KumoCore core() {
        return core;
    }

    @Override
    public synchronized Engine engine() {
        if (engine == null) {
            engine = core.newEngine(new OsProcessLauncher(), System.getenv());
        }
        return engine;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        core.close();
    }
}
