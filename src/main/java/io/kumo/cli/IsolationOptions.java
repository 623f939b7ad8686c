package io.kumo.cli;

import io.kumo.service.TaskDraft;
import picocli.CommandLine.Option;

/** The limits, sandbox and run conditions of {@code kumo task add} and {@code edit}; "none" clears a value on edit. */
final class IsolationOptions {

    @Option(names = "--max-memory", paramLabel = "500M", description = "Memory per run, e.g. 500M or 2G; none: the Settings default.")
    String maxMemory;
    @Option(names = "--max-cpu", paramLabel = "50%", description = "CPU per run as a percentage of one core (150%% = 1.5 cores).")
    String maxCpu;
    @Option(names = "--max-processes", paramLabel = "N", description = "Processes per run.") String maxProcesses;
    @Option(names = "--max-open-files", paramLabel = "N", description = "Open files per run.") String maxOpenFiles;
    @Option(names = "--max-output", paramLabel = "1G", description = "The largest file a run may write.") String maxOutput;
    @Option(names = "--sandbox", paramLabel = "none|container|bwrap", description = "Run in a container (Podman or Docker) or "
            + "in bubblewrap (Linux).") String sandbox;
    @Option(names = "--sandbox-image", paramLabel = "IMG", description = "The container image; none: from the environment's "
            + "Python version.") String sandboxImage;
    @Option(names = "--sandbox-network", paramLabel = "on|off", description = "Whether the sandbox may use the network.")
    String sandboxNetwork;
    @Option(names = "--only-on-ac", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
            description = "Run only on AC power.") Boolean onlyOnAc;
    @Option(names = "--only-online", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
            description = "Run only when a network is up.") Boolean onlyOnline;
    @Option(names = "--online-host", paramLabel = "HOST[:PORT]", description = "Run only when this host is reachable; none clears it.")
    String onlineHost;
    @Option(names = "--only-idle", paramLabel = "10m", description = "Run only when the computer has been idle this long; "
            + "none clears it.") String onlyIdle;
    @Option(names = "--not-metered", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
            description = "Do not run on a metered connection.") Boolean notMetered;
    @Option(names = "--condition-wait", paramLabel = "30m", description = "When a condition is false at fire time: wait up to "
            + "this long, then skip; 0: skip at once.") String conditionWait;

    TaskDraft applyTo(TaskDraft draft) {
        return draft.maxMemory(maxMemory).maxCpu(maxCpu).maxProcesses(maxProcesses).maxOpenFiles(maxOpenFiles)
                .maxOutput(maxOutput).sandbox(sandbox).sandboxImage(sandboxImage).sandboxNetwork(sandboxNetwork)
                .onlyOnAc(onlyOnAc).onlyOnline(onlyOnline).onlineHost(onlineHost).onlyIdle(onlyIdle).notMetered(notMetered)
                .conditionWait(conditionWait);
    }
}
