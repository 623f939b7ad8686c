package io.kumo.cli;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.Engine;
import io.kumo.logs.LogFollow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kumo run NAME}: run a task now, stream its log, exit with its exit code; a run that did not succeed never
 * exits 0 (a process that answered the timeout's SIGTERM with exit 0 still timed out).
 */
@Command(name = "run", description = "Run a task now, print its output as it comes, and exit with its exit code.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME")
    String name;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CoreAccess access = TaskCommand.access(spec);
        Engine engine = access.engine();
        Run run = engine.runNow(TaskCommand.find(access.core(), name));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long offset = 0;
        Run current = run;
        while (true) {
            current = engine.runs().find(run.getId()).orElseThrow();
            Optional<Path> log = access.core().runLogs().file(current); // in a cluster another node may run it
            if (log.isPresent()) {
                offset = copyNewBytes(log.get(), offset, out);
            }
            if (current.getStatus().isTerminal()) {
                break;
            }
            Thread.sleep(100);
        }
        Optional<Path> log = access.core().runLogs().followed(current); // all of it, when another node ran it
        if (log.isPresent()) {
            copyNewBytes(log.get(), offset, out);
        }
        out.flush();
        if (current.getStatus() != RunStatus.SUCCESS) {
            err.println("kumo: run " + current.getId() + " of '" + name + "' ended " + current.getStatus()
                    + (current.getError() == null ? "" : ": " + current.getError()));
        }
        if (current.getExitCode() != null && (current.getExitCode() != 0 || current.getStatus() == RunStatus.SUCCESS)) {
            return current.getExitCode();
        }
        return current.getStatus() == RunStatus.SUCCESS ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Prints what the log gained since {@code offset}, up to its last complete line. */
    private static long copyNewBytes(Path log, long offset, PrintWriter out) throws IOException {
        LogFollow.Chunk chunk = LogFollow.completeLines(log, offset);
        if (!chunk.isEmpty()) {
            out.print(chunk.text());
            out.flush();
        }
        return chunk.next();
    }
}
