package io.kumo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kumo nodes [--json]}: the cluster's nodes (on one machine, this machine). */
@Command(name = "nodes", description = "List the cluster's nodes: status, labels, load, last heartbeat.")
final class NodesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not built yet");
    }
}
