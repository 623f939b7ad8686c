package io.kumo.supervisor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A run process inside a confinement: its outcome says which limit ended it, and the confinement is closed after. */
final class ConfinedProcess implements SupervisedProcess {

    private final SupervisedProcess process;
    private final RunConfinement confinement;
    private final CompletableFuture<ProcessOutcome> outcome;

    ConfinedProcess(SupervisedProcess process, RunConfinement confinement) {
        this.process = process;
        this.confinement = confinement;
        this.outcome = process.outcome().thenApply(plain -> {
            try {
                return plain.confinedBy(confinement);
            } finally {
                confinement.close();
            }
        });
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public ProcessTree tree() {
        return process.tree();
    }

    @Override
    public RunLog log() {
        return process.log();
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return process.exited();
    }

    @Override
    public CompletableFuture<ProcessOutcome> outcome() {
        return outcome;
    }

    @Override
    public String confinementNote() {
        return confinement.describe();
    }

    @Override
    public void terminate(Duration grace) {
        confinement.stopping();
        process.terminate(grace);
    }
}
