package io.kumo.isolation.sandbox;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.SandboxConfiner;
import io.kumo.supervisor.RunConfinement;
import java.util.Optional;

/** CONTRACT PLACEHOLDER: replaced by the sandbox work. */
public final class Containers implements SandboxConfiner {

    private Containers() {
    }

    /** Looks for the program on this machine once. */
    public static SandboxConfiner detect() {
        return new Containers();
    }

    @Override
    public RunConfinement confine(ConfinementRequest request) {
        throw new IllegalStateException(unavailableReason().orElseThrow());
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.of("not built yet");
    }
}
