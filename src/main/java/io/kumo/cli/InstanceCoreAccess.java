package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.engine.Engine;

/** A forwarded command inside the running instance uses its core and its engine. */
record InstanceCoreAccess(KumoCore core) implements CoreAccess {

    @Override
    public Engine engine() {
        return core.engine().orElseThrow(() -> new IllegalStateException("the engine is not running"));
    }
}
