package io.kumo.cli;

import io.kumo.domain.SandboxMode;
import io.kumo.isolation.IsolationStatus;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo isolation}: which limit mechanism applies on this machine and which sandboxes can be used. */
@Command(name = "isolation", description = "Show how runs can be limited and sandboxed on this machine.")
final class IsolationCommand implements Callable<Integer> {

    @Option(names = "--json") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        IsolationStatus status = IsolationStatus.of(TaskCommand.access(spec).core().confiners());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(status.toMap()));
            return ExitCodes.OK;
        }
        out.printf("%-20s %s%n", "Limits:", status.limitMechanism());
        out.printf("%-20s %s%n", "Sandbox bwrap:", status.availability(SandboxMode.BWRAP));
        out.printf("%-20s %s%n", "Sandbox container:", status.availability(SandboxMode.CONTAINER));
        return ExitCodes.OK;
    }
}
